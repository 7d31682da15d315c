package org.igfatlas.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Measures the person, organisation and country facets against judgments made by hand, as a user meets them:
 * <ul>
 *   <li>precision of the facet's values: its 60 most frequent values and 60 drawn at random from the rest
 *   (by a hash of the value, so a run is repeatable and a value keeps its place when others come or go), each judged a real person / organisation / country or not
 *   ({@code type, value, judgment} rows, judgment 1 or 0);</li>
 *   <li>recall on random passages: every entity a reader finds in the passage ({@code file, start, end, type,
 *   entity} rows, countries as ISO codes, {@code none} rows for passages that name nothing), found when the
 *   passage's facet values hold it (case, diacritics, word order and the alias table aside).</li>
 * </ul>
 * Both files hold references only; the passages are found again in the folder of pages by {@link AnalysedPassages}.
 */
public final class EntityEvaluation {
  public static final List<String> TYPES = List.of("person", "organization", "country");
  /** How many values each precision sample holds. */
  public static final int SAMPLE = 60;

  public record Gold(String file, int start, int end, String type, String entity) {
    String ref() {
      return file + ":" + start + "-" + end;
    }
  }

  /**
   * The figures of one entity type.
   *
   * @param values      distinct values over the pages
   * @param topJudged   of the top sample, values judged ({@code topCorrect} of them right)
   * @param unjudged    sampled values nobody judged yet (left out of the precision)
   */
  public record TypeResult(int values, int topJudged, int topCorrect, Double topPrecision, int randomJudged,
                           int randomCorrect, Double randomPrecision, int gold, int found, Double recall,
                           List<String> unjudged, List<String> wrong, List<String> missed) {}

  public record Report(int passages, int goldPassages, int unmatched, Map<String, TypeResult> types) {}

  public static Report evaluate(Path valuesTsv, Path goldTsv, Path pages) throws IOException {
    return evaluate(readValues(valuesTsv), readGold(goldTsv), AnalysedPassages.of(pages, NlpMode.FAST));
  }

  public static Map<String, Map<String, Boolean>> readValues(Path tsv) throws IOException {
    Map<String, Map<String, Boolean>> out = new HashMap<>();
    for (String[] c : rows(tsv, 3)) out.computeIfAbsent(c[0].strip(), k -> new HashMap<>()).put(c[1].strip(), c[2].strip().equals("1"));
    return out;
  }

  public static List<Gold> readGold(Path tsv) throws IOException {
    List<Gold> out = new ArrayList<>();
    for (String[] c : rows(tsv, 5)) {
      out.add(new Gold(c[0], Integer.parseInt(c[1].strip()), Integer.parseInt(c[2].strip()), c[3].strip(), c[4].strip()));
    }
    return out;
  }

  private static List<String[]> rows(Path tsv, int columns) throws IOException {
    List<String[]> out = new ArrayList<>();
    boolean header = true;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      if (header) { // the first line names the columns
        header = false;
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length < columns) throw new IOException(tsv + ": expected " + columns + " columns: " + line);
      out.add(c);
    }
    return out;
  }

  public static Report evaluate(Map<String, Map<String, Boolean>> judged, List<Gold> gold,
                                List<AnalysedPassages.Analysed> passages) {
    Map<String, AnalysedPassages.Analysed> byRef = new HashMap<>();
    passages.forEach(p -> byRef.put(p.ref(), p));
    Map<String, TypeResult> out = new LinkedHashMap<>();
    Set<String> goldRefs = new HashSet<>();
    gold.forEach(g -> goldRefs.add(g.ref()));
    int unmatched = (int) goldRefs.stream().filter(r -> !byRef.containsKey(r)).count();
    // the person facet shows one form per person across documents (the API's PersonForms): measure what it shows
    Map<String, Set<String>> filesPerPerson = new HashMap<>();
    for (AnalysedPassages.Analysed p : passages) for (String v : values(p, "person")) filesPerPerson.computeIfAbsent(v, k -> new HashSet<>()).add(p.file());
    Map<String, Long> documentsPerForm = new HashMap<>();
    filesPerPerson.forEach((v, files) -> documentsPerForm.put(v, (long) files.size()));
    Map<String, List<String>> personForms = org.igfatlas.schema.PersonNames.forms(documentsPerForm);
    for (String type : TYPES) {
      Map<String, Integer> counts = new HashMap<>();
      for (AnalysedPassages.Analysed p : passages) {
        for (String v : values(p, type)) counts.merge(type.equals("person") && personForms.containsKey(v) ? personForms.get(v).get(0) : v, 1, Integer::sum);
      }
      List<String> byCount = new ArrayList<>(counts.keySet());
      byCount.sort(Comparator.<String>comparingInt(counts::get).reversed().thenComparing(Comparator.naturalOrder()));
      List<String> top = byCount.subList(0, Math.min(SAMPLE, byCount.size()));
      List<String> rest = new ArrayList<>(byCount.subList(top.size(), byCount.size()));
      rest.sort(Comparator.comparingLong(EntityEvaluation::draw).thenComparing(Comparator.naturalOrder()));
      List<String> random = rest.subList(0, Math.min(SAMPLE, rest.size()));
      Map<String, Boolean> j = judged.getOrDefault(type, Map.of());
      List<String> unjudged = new ArrayList<>();
      List<String> wrong = new ArrayList<>();
      int[] t = precision(top, j, unjudged, wrong);
      int[] r = precision(random, j, unjudged, wrong);
      int g = 0, f = 0;
      List<String> missed = new ArrayList<>();
      for (Gold x : gold) {
        if (!x.type().equals(type)) continue;
        AnalysedPassages.Analysed p = byRef.get(x.ref());
        if (p == null) continue;
        g++;
        if (found(type, x.entity(), values(p, type))) f++;
        else missed.add(x.entity() + " @ " + x.ref() + " (found " + values(p, type) + ")");
      }
      out.put(type, new TypeResult(counts.size(), t[0], t[1], ratio(t[1], t[0]), r[0], r[1], ratio(r[1], r[0]), g, f,
          ratio(f, g), unjudged, wrong, missed));
    }
    return new Report(passages.size(), goldRefs.size(), unmatched, out);
  }

  /**
   * A value's place in the random sample: a hash of the value alone, so the sample is a fixed pseudo-random draw in
   * which a value keeps its place when other values come or go (a change of the rules does not reshuffle it).
   */
  static long draw(String value) {
    long h = 1125899906842597L;
    for (int i = 0; i < value.length(); i++) h = 31 * h + value.charAt(i);
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  private static int[] precision(List<String> sample, Map<String, Boolean> judged, List<String> unjudged, List<String> wrong) {
    int n = 0, ok = 0;
    for (String v : sample) {
      Boolean b = judged.get(v);
      if (b == null) {
        unjudged.add(v);
        continue;
      }
      n++;
      if (b) ok++;
      else wrong.add(v);
    }
    return new int[] {n, ok};
  }

  static Set<String> values(AnalysedPassages.Analysed p, String type) {
    return switch (type) {
      case "person" -> p.persons();
      case "organization" -> p.organizations();
      default -> p.countries();
    };
  }

  /** Whether {@code gold} is among {@code values}: same words (any order, case and accents aside), or an alias. */
  static boolean found(String type, String gold, Set<String> values) {
    if (type.equals("country")) return values.contains(gold.toUpperCase(Locale.ROOT));
    Set<String> g = words(type.equals("organization") ? Entities.organization(gold) : gold);
    for (String v : values) {
      Set<String> w = words(v);
      if (w.equals(g)) return true;
      if (type.equals("organization") && words(Entities.organization(v)).equals(g)) return true;
    }
    return false;
  }

  static Set<String> words(String s) {
    String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    folded = folded.replaceAll("\\([^)]*\\)", " "); // "Internet Governance Forum (IGF)"
    Set<String> out = new TreeSet<>(Arrays.asList(folded.split("[^\\p{L}\\p{N}]+")));
    out.remove("");
    out.remove("the");
    return out;
  }

  public static String format(Report r) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "Entity evaluation: %d passages analysed, %d judged for recall (%d not found in the pages)%n"
            + "%-13s %7s %16s %16s %14s%n", r.passages(), r.goldPassages(), r.unmatched(), "type", "values",
        "top-" + SAMPLE + " prec", "random-" + SAMPLE + " prec", "recall"));
    r.types().forEach((t, x) -> b.append(String.format(Locale.ROOT, "%-13s %7d %16s %16s %14s%n", t, x.values(),
        fmt(x.topPrecision(), x.topJudged()), fmt(x.randomPrecision(), x.randomJudged()), fmt(x.recall(), x.gold()))));
    r.types().forEach((t, x) -> {
      if (!x.unjudged().isEmpty()) b.append(t).append(": ").append(x.unjudged().size()).append(" sampled values not judged yet\n");
    });
    return b.toString();
  }

  private static String fmt(Double d, int n) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.3f (%d)", d, n);
  }

  private static Double ratio(int a, int b) {
    return b == 0 ? null : Math.round(a * 1000.0 / b) / 1000.0;
  }
}
