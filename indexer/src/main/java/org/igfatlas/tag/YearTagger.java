package org.igfatlas.tag;

import org.igfatlas.schema.Taxonomy;

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
 * A year later than the last meeting the taxonomy knows counts only when the document's own date says so, and a
 * year that the text only looks towards ("by 2030") does not count.
 */
final class YearTagger implements FieldTagger {
  private static final Pattern IGF_YEAR = Pattern.compile("\\bIGF\\s*[-–]?\\s*((?:20)\\d\\d)\\b|\\b((?:20)\\d\\d)\\s+IGF\\b");
  private static final Pattern LEADING_YEAR = Pattern.compile("^((?:20)\\d\\d)\\b");
  private static final Pattern INPUT_YEAR = Pattern.compile("\\b(20\\d\\d)\\s+Input from the (?:Internet Governance Forum|IGF)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(20[0-3]\\d)(?!\\d)");
  private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  /** A date: "25 to 29 November 2019", "23 Jun 2025", "September 27, 2011", "12/12/2017". */
  private static final Pattern DATE = Pattern.compile(
      "(?i)\\b(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:-|–|to)\\s*\\d{1,2})?\\s+" + MONTH + ",?\\s+(20\\d\\d)"
          + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(20\\d\\d)|\\d{1,2}/\\d{1,2}/(20\\d\\d))\\b");
  /** A bare year that only looks ahead or back ("by 2030", "the 2030 Agenda") is not the document's year. */
  private static final Pattern MENTIONED_YEAR = Pattern.compile(
      "(?i)\\b(?:by|until|till|towards?|beyond|before|after|since|through|post)\\s+$");
  private static final Pattern ORDINAL_IGF = Pattern.compile(
      "\\b(\\w+(?:-\\w+)?)\\s+(?:annual\\s+)?(?:meeting of (?:the )?(?:Internet Governance Forum|IGF)|IGF\\b|Internet Governance Forum\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBERED_IGF = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)\\s+(?:annual\\s+)?(?:IGF|Internet Governance Forum)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern PATH_YEAR = Pattern.compile("(?i)(?:igf[-_ ]?|/|^)(20[0-3]\\d)(?!\\d)");
  /** The meeting's year in an address: "igf-2025-ws-436", "2019-igf-mag", "internet-governance-forum-2024", "igf2023". */
  private static final Pattern SOURCE_IGF_YEAR = Pattern.compile(
      "(?<![a-z])(?:igf[-_ ]?(20[0-3]\\d)|(20[0-3]\\d)[-_ ]igf|internet[-_ ]governance[-_ ]forum[-_ ](20[0-3]\\d))(?!\\d)");
  /** A year folder or date in an address: "/2013-bali/", "transcripts2010", "/2014-09-02-opening-ceremony". */
  private static final Pattern SOURCE_YEAR = Pattern.compile("(?:/|transcripts?)(20[0-3]\\d)(?=[-/_]|$)");

  /** A host city that identifies its meeting's year in a title (Geneva and Paris also host other meetings). */
  private record HostCity(int year, String city, Pattern pattern) {}

  private final Taxonomy taxonomy;
  private final Map<String, Integer> ordinals = new HashMap<>();
  private final int lastMeetingYear;
  private final List<HostCity> hostCities = new ArrayList<>();

  YearTagger(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.lastMeetingYear = taxonomy.meetings().stream().mapToInt(Taxonomy.Meeting::year).max().orElse(2025);
    for (Taxonomy.Meeting m : taxonomy.meetings()) {
      ordinals.put(m.ordinal().toLowerCase(Locale.ROOT), m.year());
      for (String city : m.hostAliases()) {
        // "virtual" and "online" (2020) are words, not places; Geneva and Paris also host other meetings
        if (city.length() > 4 && Character.isUpperCase(city.charAt(0)) && !"Geneva".equals(city) && !"Paris".equals(city)) {
          hostCities.add(new HostCity(m.year(), city, Pattern.compile("\\b" + Pattern.quote(city) + "\\b")));
        }
      }
    }
  }

  private record Vote(int year, double weight, Evidence evidence) {}

  @Override
  public String field() {
    return "year";
  }

  @Override
  public void tag(TagContext c, TagState s) {
    s.year = tag(c, s.auto);
  }

  Integer tag(TagContext c, List<Evidence> out) {
    List<Vote> votes = new ArrayList<>();
    // title
    Matcher m = IGF_YEAR.matcher(c.title);
    if (m.find()) votes.add(vote(yearOf(m), 10, "title.igf-year", m.group()));
    else if ((m = LEADING_YEAR.matcher(c.title)).find()) votes.add(vote(Integer.parseInt(m.group(1)), 8, "title.leading-year", m.group()));
    else if ((m = ANY_YEAR.matcher(c.title)).find()) votes.add(vote(Integer.parseInt(m.group(1)), 7, "title.year", m.group()));
    ordinalVote(c.title, 6, "title.ordinal", votes);
    for (HostCity h : hostCities) {
      if (h.pattern().matcher(c.title).find()) votes.add(vote(h.year(), 5, "title.host-city", h.city()));
    }
    if (!c.declaredTitle.equals(c.title) && (m = IGF_YEAR.matcher(c.declaredTitle)).find()) {
      votes.add(vote(yearOf(m), 6, "declared-title.igf-year", m.group()));
    }
    // disclaimer: explicit year and ordinal
    if (c.disclaimer != null) {
      Matcher y = ANY_YEAR.matcher(c.disclaimer);
      Integer last = null;
      while (y.find()) last = Integer.parseInt(y.group(1));
      if (last != null) votes.add(vote(last, 9, "disclaimer.year", c.disclaimer));
      Integer byOrdinal = c.disclaimerOrdinal == null ? null : ordinals.get(c.disclaimerOrdinal.toLowerCase(Locale.ROOT));
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
    if ((m = SOURCE_IGF_YEAR.matcher(c.slug.address())).find()) {
      votes.add(vote(yearOf(m), 8, "source.igf-year", c.sourceUrl));
    } else if ((m = SOURCE_YEAR.matcher(c.slug.address())).find()) {
      votes.add(vote(Integer.parseInt(m.group(1)), 4, "source.year", c.sourceUrl));
    }
    // mentions in the opening: "IGF 2019" (earlier mentions weigh more), dates
    m = IGF_YEAR.matcher(c.opening);
    int n = 0;
    while (m.find() && n < 5) {
      votes.add(vote(yearOf(m), 2.0 / (1 + n), "text.igf-year", m.group()));
      n++;
    }
    m = DATE.matcher(c.opening);
    n = 0;
    int latestDate = 0;
    while (m.find() && n < 3) {
      int y = yearOf(m);
      latestDate = Math.max(latestDate, y);
      votes.add(vote(y, n == 0 ? 1.5 : 0.5, "text.date", m.group()));
      n++;
    }
    m = ANY_YEAR.matcher(c.opening);
    n = 0;
    while (m.find() && n < 5) {
      if (MENTIONED_YEAR.matcher(c.opening.substring(Math.max(0, m.start() - 12), m.start())).find()) continue;
      votes.add(vote(Integer.parseInt(m.group(1)), 0.3, "text.year", m.group()));
      n++;
    }
    // a document belongs to a meeting the taxonomy knows, or to its own date: never to "2030" or "2035"
    int latest = Math.max(lastMeetingYear, latestDate);
    Map<Integer, Double> total = new HashMap<>();
    for (Vote v : votes) {
      if (v.year() >= 2006 && v.year() <= latest) total.merge(v.year(), v.weight(), Double::sum);
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

  /** The year a match captured, in whichever of its alternatives' groups matched. */
  private static int yearOf(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) return Integer.parseInt(m.group(g));
    throw new IllegalStateException("no group in " + m.group());
  }

  private static Vote vote(int year, double weight, String rule, String matched) {
    return new Vote(year, weight, new Evidence("year", Integer.toString(year), rule, matched, 1));
  }

  static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}
