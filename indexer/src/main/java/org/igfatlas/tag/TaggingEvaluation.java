package org.igfatlas.tag;

import org.igfatlas.pipeline.DocumentPipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.igfatlas.corpus.Sidecar;
import org.igfatlas.extract.ExtractionException;
import org.igfatlas.extract.Extractor;
import org.igfatlas.structure.DocumentStructurer;

/**
 * Measures the automatic taggers against a labelled CSV: column {@code file} (a path relative to the CSV), then
 * any of {@code year, meeting, sessionType, docKind, track, theme, nri}; optionally {@code source} (the URL the
 * file was published at, given to the taggers as a sidecar's {@code source} is) and {@code provenance} (where
 * a label was read, e.g. {@code title} or {@code url}: accuracy is also reported per provenance). An empty cell means "not labelled";
 * {@code none} means "labelled as having no value"; multi-valued cells separate values with {@code ;}.
 * Files are extracted, structured and tagged exactly as indexing does, with sidecars ignored: the figures are
 * those of the automatic taggers alone.
 */
public final class TaggingEvaluation {
  public static final List<String> SINGLE = List.of("year", "meeting", "sessionType", "docKind", "nri");
  public static final List<String> MULTI = List.of("track", "theme");
  static final String NONE = "none";

  /**
   * Figures of one field. For single-valued fields precision/recall/f1 are null; for multi-valued, accuracy is
   * exact-set accuracy. {@code causes} counts the errors by the rule that gave the wrong value ("no signal" when
   * none fired); {@code byProvenance} is the accuracy per value of an optional {@code provenance} column.
   */
  public record FieldResult(int n, int correct, double accuracy, Double precision, Double recall, Double f1,
                            Map<String, Integer> confusion, Map<String, Integer> causes,
                            Map<String, Double> byProvenance, List<String> errors) {}

  public record Report(int documents, Map<String, FieldResult> fields, List<String> failures) {}

  public Report evaluate(Path csv) throws IOException {
    return evaluate(csv, true);
  }

  /**
   * As {@link #evaluate(Path)}; with {@code useSource} a {@code source} column (the URL the file was published
   * at) is given to the taggers exactly as indexing gives a sidecar's {@code source}, and nothing else of it.
   */
  public Report evaluate(Path csv, boolean useSource) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    if (lines.isEmpty()) throw new IOException("empty label file " + csv);
    List<String> header = parseCsvLine(lines.get(0));
    int fileCol = header.indexOf("file");
    if (fileCol < 0) throw new IOException("label file needs a 'file' column");
    int sourceCol = useSource ? header.indexOf("source") : -1;
    int provenanceCol = header.indexOf("provenance");
    Map<String, Acc> acc = new LinkedHashMap<>();
    for (String f : header) if (SINGLE.contains(f) || MULTI.contains(f)) acc.put(f, new Acc());
    List<String> failures = new ArrayList<>();
    int docs = 0;
    try (Extractor extractor = new Extractor()) {
      DocumentPipeline pipeline = DocumentPipeline.tagging(extractor, new DocumentStructurer(), new Tagger());
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank() || line.startsWith("#")) continue;
        List<String> row = parseCsvLine(line);
        String rel = row.get(fileCol);
        Path file = csv.toAbsolutePath().getParent().resolve(rel);
        DocumentTags tags;
        try {
          String source = sourceCol >= 0 && sourceCol < row.size() ? row.get(sourceCol).strip() : "";
          Optional<Sidecar> sidecar = source.isEmpty() ? Optional.empty()
              : Optional.of(Sidecar.ofSource(source));
          tags = pipeline.run(file, sidecar).tags(); // the labelled source URL stands in for the file's sidecar
        } catch (ExtractionException e) {
          failures.add(rel + ": " + e.getMessage());
          continue;
        }
        docs++;
        for (Map.Entry<String, Acc> e : acc.entrySet()) {
          int col = header.indexOf(e.getKey());
          String cell = col < row.size() ? row.get(col).strip() : "";
          if (cell.isEmpty()) continue;
          String provenance = provenanceCol >= 0 && provenanceCol < row.size() ? row.get(provenanceCol).strip() : "";
          if (SINGLE.contains(e.getKey())) {
            String got = single(tags, e.getKey());
            e.getValue().single(rel, cell, got, cause(tags, e.getKey(), got), provenance);
          }
          else e.getValue().multi(rel, values(cell), Set.copyOf(multi(tags, e.getKey())));
        }
      }
    }
    Map<String, FieldResult> out = new LinkedHashMap<>();
    acc.forEach((k, v) -> out.put(k, v.result(MULTI.contains(k))));
    return new Report(docs, out, failures);
  }

  /** Why a field got its value: the rule of its first evidence, or "no signal" when it got none. */
  static String cause(DocumentTags t, String field, String got) {
    if (NONE.equals(got)) return "no signal";
    return t.evidence().stream().filter(e -> e.field().equals(field)).map(Evidence::source).findFirst().orElse("derived");
  }

  private static String single(DocumentTags t, String field) {
    Object v = switch (field) {
      case "year" -> t.year();
      case "meeting" -> t.meeting();
      case "sessionType" -> t.sessionType();
      case "docKind" -> t.docKind();
      case "nri" -> t.nri();
      default -> throw new IllegalArgumentException(field);
    };
    return v == null ? NONE : v.toString();
  }

  private static List<String> multi(DocumentTags t, String field) {
    return "track".equals(field) ? t.tracks() : t.themes();
  }

  private static Set<String> values(String cell) {
    if (cell.equalsIgnoreCase(NONE)) return Set.of();
    Set<String> out = new LinkedHashSet<>();
    for (String v : cell.split(";")) if (!v.isBlank()) out.add(v.strip());
    return out;
  }

  private static final class Acc {
    int n;
    int correct;
    long tp;
    long fp;
    long fn;
    final Map<String, Integer> confusion = new TreeMap<>();
    final Map<String, Integer> causes = new TreeMap<>();
    final Map<String, int[]> byProvenance = new TreeMap<>();
    final List<String> errors = new ArrayList<>();

    void single(String file, String expected, String got, String cause, String provenance) {
      n++;
      boolean ok = normalise(expected).equals(normalise(got));
      if (!provenance.isEmpty()) {
        int[] c = byProvenance.computeIfAbsent(provenance, k -> new int[2]);
        c[0]++;
        if (ok) c[1]++;
      }
      if (ok) correct++;
      else {
        confusion.merge(expected + " -> " + got, 1, Integer::sum);
        causes.merge(cause, 1, Integer::sum);
        errors.add(file + ": expected " + expected + ", got " + got + " (" + cause + ")");
      }
    }

    void multi(String file, Set<String> expected, Set<String> got) {
      n++;
      Set<String> e = norm(expected);
      Set<String> g = norm(got);
      if (e.equals(g)) correct++;
      else errors.add(file + ": expected " + expected + ", got " + got);
      for (String x : g) {
        if (e.contains(x)) tp++;
        else {
          fp++;
          confusion.merge("extra " + x, 1, Integer::sum);
        }
      }
      for (String x : e) {
        if (!g.contains(x)) {
          fn++;
          confusion.merge("missed " + x, 1, Integer::sum);
        }
      }
    }

    FieldResult result(boolean multiValued) {
      double accuracy = n == 0 ? 0 : (double) correct / n;
      Map<String, Double> provenance = new LinkedHashMap<>();
      byProvenance.forEach((k, c) -> provenance.put(k + " (" + c[0] + ")", round((double) c[1] / c[0])));
      if (!multiValued) return new FieldResult(n, correct, round(accuracy), null, null, null, confusion, causes, provenance, errors);
      double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return new FieldResult(n, correct, round(accuracy), round(p), round(r), round(f1), confusion, causes, provenance, errors);
    }

    private static Set<String> norm(Set<String> s) {
      Set<String> out = new LinkedHashSet<>();
      s.forEach(x -> out.add(normalise(x)));
      return out;
    }

    private static String normalise(String s) {
      return s.strip().toLowerCase(Locale.ROOT);
    }
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  /** One CSV line: comma-separated, double quotes around cells that hold commas or quotes. */
  static List<String> parseCsvLine(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') quoted = false;
        else cur.append(c);
      } else if (c == '"') quoted = true;
      else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else cur.append(c);
    }
    out.add(cur.toString());
    return out;
  }

  /** The report as the text table the command line prints. */
  public static String format(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Tagging evaluation: %d documents%n", r.documents()));
    sb.append(String.format(Locale.ROOT, "%-12s %5s %9s %9s %9s %9s%n", "field", "n", "accuracy", "precision", "recall", "F1"));
    r.fields().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%-12s %5d %9.3f %9s %9s %9s%n", k, v.n(), v.accuracy(),
        fmt(v.precision()), fmt(v.recall()), fmt(v.f1()))));
    r.fields().forEach((k, v) -> {
      if (!v.confusion().isEmpty()) {
        sb.append(String.format("%nerrors in %s:%n", k));
        v.confusion().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .forEach(e -> sb.append(String.format(Locale.ROOT, "  %3d  %s%n", e.getValue(), e.getKey())));
        sb.append("  by cause:");
        v.causes().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .forEach(e -> sb.append(String.format(Locale.ROOT, " %s %d;", e.getKey(), e.getValue())));
        sb.append('\n');
      }
      if (!v.byProvenance().isEmpty()) sb.append(String.format("  accuracy by provenance: %s%n", v.byProvenance()));
    });
    if (!r.failures().isEmpty()) sb.append("\nfiles that could not be read:\n").append(String.join("\n", r.failures())).append('\n');
    return sb.toString();
  }

  private static String fmt(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }

}
