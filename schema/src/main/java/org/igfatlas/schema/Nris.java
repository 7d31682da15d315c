package org.igfatlas.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * National, regional and youth IGF initiatives: the listed ones ({@code nris.csv}) with their aliases, and
 * national / youth initiatives of every other country recognised from its {@link Locale} name ("Kenya IGF",
 * "IGF Ghana", "Chad Youth IGF", "Internet Governance Forum of Peru").
 */
public final class Nris {
  /** An NRI. {@code region} is a UN regional group or {@code Inter-regional}. */
  public record Nri(String id, String name, String country, String kind, String region) {}

  /** An NRI found in a text, with the text that named it and where. */
  public record Match(Nri nri, String matched, int start) {}

  /**
   * An NRI's pattern and its anchors: lower-case words one of which must occur in a text for the pattern to be
   * worth running (hundreds of patterns, most of which are irrelevant to a given title).
   */
  private record Entry(Nri nri, Pattern pattern, List<String> anchors, boolean hyphenated) {
    boolean mayMatch(String lowerText) {
      for (String a : anchors) if (lowerText.contains(a)) return true;
      return false;
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  /** Entries by an anchor made of letters and digits only; the few others are checked by substring. */
  private final Map<String, List<Integer>> byAnchor = new java.util.HashMap<>();
  private final List<Integer> otherAnchors = new ArrayList<>();

  Nris(List<String> csvLines, Map<String, String> regionOfCountry) {
    for (String line : csvLines) {
      String[] f = line.split(",", -1);
      if (f.length < 6) throw new IllegalArgumentException("nris.csv: 6 columns expected in '" + line + "'");
      String country = f[3].isBlank() ? null : f[3].strip();
      String region = !f[5].isBlank() ? f[5].strip() : regionOfCountry.get(country);
      if (region == null) throw new IllegalArgumentException("nris.csv: no region for " + f[0]);
      Nri nri = new Nri(f[0], f[1], country, f[4], region);
      List<String> names = new ArrayList<>();
      names.add(f[1]);
      if (!f[2].isBlank()) names.addAll(List.of(f[2].split("\\|")));
      entries.add(new Entry(nri, alternation(names, true), anchors(names), names.stream().anyMatch(x -> x.contains("-"))));
    }
    // every other country: "<Country> IGF", "IGF <Country>", "<Country> Internet Governance Forum", youth variants
    for (String cc : Locale.getISOCountries()) {
      String region = regionOfCountry.get(cc);
      if (region == null) continue;
      String name = Locale.of("", cc).getDisplayCountry(Locale.ENGLISH);
      List<String> names = new ArrayList<>(List.of(name));
      String shortName = name.replaceFirst("\\s*\\(.*\\)$", "").replaceFirst("^(The |Republic of )", "");
      if (!shortName.equals(name)) names.add(shortName);
      for (String kind : List.of("youth", "national")) {
        String id = cc.toLowerCase(Locale.ROOT) + ("youth".equals(kind) ? "-youth-igf" : "-igf");
        if (entries.stream().anyMatch(e -> e.nri().country() != null && e.nri().country().equals(cc) && e.nri().kind().equals(kind))) continue;
        List<String> forms = new ArrayList<>();
        for (String n : names) {
          if ("youth".equals(kind)) {
            forms.addAll(List.of(n + " Youth IGF", "Youth IGF " + n, "Youth " + n + " IGF", n + " Youth Internet Governance Forum"));
          } else {
            forms.addAll(List.of(n + " IGF", "IGF " + n, "IGF-" + n, n + " Internet Governance Forum",
                "Internet Governance Forum of " + n, "Internet Governance Forum " + n));
          }
        }
        String display = "youth".equals(kind) ? name + " Youth IGF" : name + " IGF";
        // "IGF-Kenya" written "IGFKenya" is not looked for (the listed NRIs' hyphenated names are)
        entries.add(new Entry(new Nri(id, display, cc, kind, region), alternation(forms, false), anchors(names), false));
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      // a hyphen in a name may vanish in the text ("IGF-D" as "IGFD"): such entries are checked by substring
      boolean other = entries.get(i).hyphenated();
      for (String a : entries.get(i).anchors()) {
        if (a.matches("[\\p{L}\\p{N}]+")) byAnchor.computeIfAbsent(a, k -> new ArrayList<>()).add(i);
        else other = true;
      }
      if (other) otherAnchors.add(i);
    }
  }

  /** Words of NRI names too common to tell whether a text may name one. */
  private static final java.util.Set<String> COMMON = java.util.Set.of("igf", "internet", "governance", "forum", "youth",
      "national", "regional", "of", "the", "and", "for", "on", "de", "la", "du", "school", "initiative");

  /**
   * For each name, its most telling word in lower case: the longest that is not {@link #COMMON} ("kenya",
   * "eurodig"). A text that contains none of them names none of the NRI's names, so its patterns are not run.
   */
  private static List<String> anchors(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      String best = "";
      String longest = "";
      for (String w : n.strip().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
        if (w.length() > longest.length()) longest = w;
        if (!COMMON.contains(w) && w.length() > best.length()) best = w;
      }
      String a = best.isEmpty() ? longest : best;
      if (!a.isEmpty() && !out.contains(a)) out.add(a);
    }
    return out;
  }

  private static Pattern alternation(List<String> names, boolean caseSensitiveShort) {
    StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i).strip();
      if (i > 0) sb.append('|');
      // short all-caps acronyms (NIGF, FIB) must match in capitals; names match in any case
      boolean acronym = n.length() <= 6 && n.equals(n.toUpperCase(Locale.ROOT)) && caseSensitiveShort;
      String quoted = Pattern.quote(n).replace(" ", "\\E\\s+\\Q").replace("-", "\\E[-\\s]?\\Q");
      sb.append(acronym ? quoted : "(?i:" + quoted + ")");
    }
    return Pattern.compile(sb.append(")(?![\\p{L}\\p{N}])").toString());
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /**
   * The entries whose patterns may match {@code text}, in list order: those with an anchor among the text's words
   * (one hash lookup per word instead of a substring search per entry), and those whose other anchors it contains.
   */
  private List<Entry> candidates(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    java.util.BitSet picked = new java.util.BitSet(entries.size());
    Matcher w = WORD.matcher(lower);
    while (w.find()) {
      List<Integer> ids = byAnchor.get(w.group());
      if (ids != null) ids.forEach(picked::set);
    }
    for (int i : otherAnchors) if (!picked.get(i) && entries.get(i).mayMatch(lower)) picked.set(i);
    List<Entry> out = new ArrayList<>(picked.cardinality());
    for (int i = picked.nextSetBit(0); i >= 0; i = picked.nextSetBit(i + 1)) out.add(entries.get(i));
    return out;
  }

  /** The NRI named earliest in {@code text} (longest name on ties; youth before national of one country). */
  public Optional<Match> find(String text) {
    Match best = null;
    for (Entry e : candidates(text)) {
      Matcher m = e.pattern().matcher(text);
      if (m.find()) {
        Match cand = new Match(e.nri(), m.group(), m.start());
        if (best == null || cand.start() < best.start()
            || (cand.start() == best.start() && cand.matched().length() > best.matched().length())) {
          best = cand;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** All distinct NRIs named in {@code text}, in order of first mention. */
  public List<Match> findAll(String text) {
    List<Match> out = new ArrayList<>();
    for (Entry e : candidates(text)) {
      Matcher m = e.pattern().matcher(text);
      if (m.find()) out.add(new Match(e.nri(), m.group(), m.start()));
    }
    out.sort(Comparator.comparingInt(Match::start));
    return out;
  }

  public int size() {
    return entries.size();
  }
}
