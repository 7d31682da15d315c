package org.igfatlas.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a document belongs to, by weighted evidence: the title ("IGF 2019", a host city, an ordinal), the
 * captioning disclaimer ("the Fourteenth Annual Meeting ... from 25 to 29 November 2019"), report headers
 * ("2020 Input from the Internet Governance Forum"), the file path, the sidecar's source URL, and "IGF YYYY"
 * mentions and dates in the opening of the text. The year with the highest total wins; its evidence is kept.
 */
final class YearTagger {
  private static final Pattern IGF_YEAR = Pattern.compile("\\bIGF\\s*[-–]?\\s*((?:20)\\d\\d)\\b|\\b((?:20)\\d\\d)\\s+IGF\\b");
  private static final Pattern LEADING_YEAR = Pattern.compile("^((?:20)\\d\\d)\\b");
  private static final Pattern INPUT_YEAR = Pattern.compile("\\b(20\\d\\d)\\s+Input from the (?:Internet Governance Forum|IGF)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(20[0-3]\\d)(?!\\d)");
  private static final Pattern DATE = Pattern.compile(
      "\\b\\d{1,2}(?:\\s*(?:-|–|to)\\s*\\d{1,2})?\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+(20\\d\\d)\\b");
  private static final Pattern ORDINAL_IGF = Pattern.compile(
      "\\b(\\w+(?:-\\w+)?)\\s+(?:annual\\s+)?(?:meeting of (?:the )?(?:Internet Governance Forum|IGF)|IGF\\b|Internet Governance Forum\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBERED_IGF = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)\\s+(?:annual\\s+)?(?:IGF|Internet Governance Forum)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern PATH_YEAR = Pattern.compile("(?i)(?:igf[-_ ]?|/|^)(20[0-3]\\d)(?!\\d)");
  private static final Pattern SOURCE_YEAR = Pattern.compile("(?i)igf[-_]?(20[0-3]\\d)|/(20[0-3]\\d)/");

  /** A host city that identifies its meeting's year in a title (Geneva and Paris also host other meetings). */
  private record HostCity(int year, String city, Pattern pattern) {}

  private final Taxonomy taxonomy;
  private final Map<String, Integer> ordinals = new HashMap<>();
  private final List<HostCity> hostCities = new ArrayList<>();

  YearTagger(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    for (Taxonomy.Meeting m : taxonomy.meetings()) {
      ordinals.put(m.ordinal().toLowerCase(Locale.ROOT), m.year());
      for (String city : m.hostAliases()) {
        if (city.length() > 4 && !"Geneva".equals(city) && !"Paris".equals(city)) {
          hostCities.add(new HostCity(m.year(), city, Pattern.compile("\\b" + Pattern.quote(city) + "\\b")));
        }
      }
    }
  }

  private record Vote(int year, double weight, Evidence evidence) {}

  Integer tag(TagContext c, List<Evidence> out) {
    List<Vote> votes = new ArrayList<>();
    // title
    Matcher m = IGF_YEAR.matcher(c.title);
    if (m.find()) votes.add(vote(year(m), 10, "title.igf-year", m.group()));
    else if ((m = LEADING_YEAR.matcher(c.title)).find()) votes.add(vote(Integer.parseInt(m.group(1)), 8, "title.leading-year", m.group()));
    else if ((m = ANY_YEAR.matcher(c.title)).find()) votes.add(vote(Integer.parseInt(m.group(1)), 7, "title.year", m.group()));
    ordinalVote(c.title, 6, "title.ordinal", votes);
    for (HostCity h : hostCities) {
      if (h.pattern().matcher(c.title).find()) votes.add(vote(h.year(), 5, "title.host-city", h.city()));
    }
    // disclaimer: explicit year and ordinal
    if (c.disclaimer != null) {
      Matcher y = ANY_YEAR.matcher(c.disclaimer);
      Integer last = null;
      while (y.find()) last = Integer.parseInt(y.group(1));
      if (last != null) votes.add(vote(last, 9, "disclaimer.year", c.disclaimer));
      Integer byOrdinal = ordinals.get(c.disclaimerOrdinal.toLowerCase(Locale.ROOT));
      if (byOrdinal != null) votes.add(vote(byOrdinal, 8, "disclaimer.ordinal", c.disclaimerOrdinal + " Annual Meeting"));
    }
    // report headers
    if ((m = INPUT_YEAR.matcher(c.opening)).find()) votes.add(vote(Integer.parseInt(m.group(1)), 9, "header.input-year", m.group()));
    ordinalVote(c.opening.substring(0, Math.min(600, c.opening.length())), 4, "header.ordinal", votes);
    // path and source URL
    Matcher p = PATH_YEAR.matcher(c.path);
    Integer pathYear = null;
    while (p.find()) pathYear = Integer.parseInt(p.group(1));
    if (pathYear != null) votes.add(vote(pathYear, 4, "path.year", c.path));
    if (c.sourceUrl != null && (m = SOURCE_YEAR.matcher(c.sourceUrl)).find()) {
      votes.add(vote(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)), 4, "source.year", c.sourceUrl));
    }
    // mentions in the opening: "IGF 2019" (earlier mentions weigh more), dates
    m = IGF_YEAR.matcher(c.opening);
    int n = 0;
    while (m.find() && n < 5) {
      votes.add(vote(year(m), 2.0 / (1 + n), "text.igf-year", m.group()));
      n++;
    }
    m = DATE.matcher(c.opening);
    n = 0;
    while (m.find() && n < 3) {
      votes.add(vote(Integer.parseInt(m.group(1)), 0.5, "text.date", m.group()));
      n++;
    }
    m = ANY_YEAR.matcher(c.opening);
    n = 0;
    while (m.find() && n < 5) {
      votes.add(vote(Integer.parseInt(m.group(1)), 0.3, "text.year", m.group()));
      n++;
    }
    Map<Integer, Double> total = new HashMap<>();
    for (Vote v : votes) {
      if (v.year() >= 2006 && v.year() <= 2035) total.merge(v.year(), v.weight(), Double::sum);
    }
    if (total.isEmpty()) return null;
    int best = total.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    double sum = total.values().stream().mapToDouble(Double::doubleValue).sum();
    double confidence = total.get(best) / sum;
    votes.stream().filter(v -> v.year() == best)
        .map(v -> new Evidence("year", Integer.toString(best), v.evidence().source(), v.evidence().matched(), round(confidence)))
        .distinct().limit(4).forEach(out::add);
    return best;
  }

  private void ordinalVote(String s, double weight, String rule, List<Vote> votes) {
    Matcher m = ORDINAL_IGF.matcher(s);
    while (m.find()) {
      Integer y = ordinals.get(m.group(1).toLowerCase(Locale.ROOT));
      if (y != null) {
        votes.add(vote(y, weight, rule, m.group()));
        return;
      }
    }
    Matcher n = NUMBERED_IGF.matcher(s);
    if (n.find()) {
      int number = Integer.parseInt(n.group(1));
      String matched = n.group();
      taxonomy.meetings().stream().filter(x -> x.number() == number).findFirst()
          .ifPresent(x -> votes.add(vote(x.year(), weight, rule, matched)));
    }
  }

  private static int year(Matcher m) {
    return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
  }

  private static Vote vote(int year, double weight, String rule, String matched) {
    return new Vote(year, weight, new Evidence("year", Integer.toString(year), rule, matched, 1));
  }

  static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}
