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
  private record Entry(Nri nri, Pattern pattern, List<String> anchors) {
    boolean mayMatch(String lowerText) {
      for (String a : anchors) if (lowerText.contains(a)) return true;
      return false;
    }
  }

  private final List<Entry> entries = new ArrayList<>();

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
      entries.add(new Entry(nri, alternation(names, true), anchors(names)));
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
        entries.add(new Entry(new Nri(id, display, cc, kind, region), alternation(forms, false), anchors(names)));
      }
    }
  }

  /** The first word of each name, lower case (a country name, an acronym such as "eurodig"). */
  private static List<String> anchors(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      String w = n.strip().toLowerCase(Locale.ROOT).split("[\\s-]+")[0];
      if (!w.isEmpty() && !out.contains(w)) out.add(w);
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

  /** The NRI named earliest in {@code text} (longest name on ties; youth before national of one country). */
  public Optional<Match> find(String text) {
    Match best = null;
    String lower = text.toLowerCase(Locale.ROOT);
    for (Entry e : entries) {
      if (!e.mayMatch(lower)) continue;
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
    String lower = text.toLowerCase(Locale.ROOT);
    for (Entry e : entries) {
      if (!e.mayMatch(lower)) continue;
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
