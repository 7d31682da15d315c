package org.igfatlas.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.igfatlas.extract.ExtractionException;
import org.igfatlas.extract.Extractor;
import org.igfatlas.structure.DocumentStructurer;
import org.igfatlas.structure.StructuredDocument;

/**
 * Measures the recommendation detector against hand-judged sentences, running it exactly as indexing does:
 * the sentence is analysed by the indexing pipeline's CoreNLP settings and judged by
 * {@link RecommendationDetector#detect(List, RecommendationDetector.Context)}, in the context of its file when
 * the set names one (whether the file is a transcript, and the sentence before it, for "They should ...").
 * <p>A TSV file with a header naming the columns {@code label} (1 = recommendation), {@code actors} (addressed
 * stakeholder ids, {@code ;}-separated) and {@code sentence}, optionally {@code file} (relative to the TSV) and
 * {@code note}; or the headerless {@code label<TAB>actors<TAB>sentence} of the repository's set; {@code #} comments.
 */
public final class RecommendationEvaluation {
  /** One judged sentence and what the detector said. */
  public record Judged(String sentence, boolean expected, Set<String> expectedActors, boolean found,
                       Set<String> foundActors, String cue, Double strength, String file) {}

  /**
   * Precision, recall and F1 of detection; addressee accuracy = exact addressee sets among the true positives.
   * {@code errors} lists false positives ("FP"), misses ("FN") and wrong addressees ("ACTORS").
   */
  public record Report(int sentences, int positives, int tp, int fp, int fn, double precision, double recall,
                       double f1, int actorsExact, double actorAccuracy, List<String> errors) {}

  private final TextAnalyzer nlp;
  private final RecommendationDetector detector = new RecommendationDetector();

  public RecommendationEvaluation(TextAnalyzer nlp) {
    this.nlp = nlp;
  }

  public RecommendationEvaluation() {
    this(TextAnalyzer.of(NlpMode.FAST));
  }

  public Report evaluate(Path tsv) throws IOException {
    return report(judge(tsv));
  }

  public List<Judged> judge(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    Map<String, Integer> col = Map.of("label", 0, "actors", 1, "sentence", 2);
    boolean header = false;
    List<Judged> out = new ArrayList<>();
    Map<String, Context> contexts = new HashMap<>();
    try (Extractor extractor = new Extractor()) {
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cells = line.split("\t", -1);
        if (!header && !cells[0].matches("[01]")) {
          Map<String, Integer> named = new HashMap<>();
          for (int i = 0; i < cells.length; i++) named.put(cells[i].strip(), i);
          if (!named.containsKey("label") || !named.containsKey("sentence")) throw new IOException("need label and sentence columns: " + line);
          col = named;
          header = true;
          continue;
        }
        header = true;
        String sentence = cell(cells, col.get("sentence"));
        boolean expected = cell(cells, col.get("label")).strip().equals("1");
        Set<String> actors = ids(cell(cells, col.getOrDefault("actors", -1)));
        String file = cell(cells, col.getOrDefault("file", -1)).strip();
        Context ctx = file.isEmpty() ? new Context(false, null)
            : contexts.computeIfAbsent(file, f -> context(extractor, tsv.toAbsolutePath().getParent().resolve(f)));
        RecommendationDetector.Context dc = new RecommendationDetector.Context(ctx.transcript(),
            ctx.text() == null ? null : previousSentence(ctx.text(), sentence));
        List<RecommendationDetector.Found> found = detector.detect(nlp.analyze(sentence).sentences(), dc);
        Set<String> foundActors = new LinkedHashSet<>();
        found.forEach(f -> foundActors.addAll(f.actors()));
        RecommendationDetector.Found first = found.isEmpty() ? null : found.get(0);
        out.add(new Judged(sentence, expected, actors, first != null, foundActors, first == null ? null : first.cue(),
            first == null ? null : first.strength(), file));
      }
    }
    return out;
  }

  public static Report report(List<Judged> judged) {
    int tp = 0, fp = 0, fn = 0, exact = 0, positives = 0;
    List<String> errors = new ArrayList<>();
    for (Judged j : judged) {
      if (j.expected()) positives++;
      if (j.expected() && j.found()) {
        tp++;
        if (j.expectedActors().equals(j.foundActors())) exact++;
        else errors.add("ACTORS expected " + j.expectedActors() + " got " + j.foundActors() + ": " + j.sentence());
      } else if (j.found()) {
        fp++;
        errors.add("FP [" + j.cue() + "] " + j.sentence() + (j.file().isEmpty() ? "" : "  (" + j.file() + ")"));
      } else if (j.expected()) {
        fn++;
        errors.add("FN " + j.sentence() + (j.file().isEmpty() ? "" : "  (" + j.file() + ")"));
      }
    }
    double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Report(judged.size(), positives, tp, fp, fn, round(p), round(r), round(f1), exact,
        round(tp == 0 ? 0 : (double) exact / tp), errors);
  }

  public static String format(Report r) {
    return String.format(Locale.ROOT, "Recommendation evaluation: %d sentences, %d recommendations%n"
            + "precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%naddressees exactly right on %d of %d found: %.3f%n",
        r.sentences(), r.positives(), r.precision(), r.recall(), r.f1(), r.tp(), r.fp(), r.fn(), r.actorsExact(), r.tp(),
        r.actorAccuracy());
  }

  /** A labelled sentence's file: whether it is a transcript, and its text with whitespace collapsed. */
  private record Context(boolean transcript, String text) {}

  private static Context context(Extractor extractor, Path file) {
    try {
      String text = extractor.extract(file).text();
      StructuredDocument d = new DocumentStructurer().structure(text);
      return new Context(d.form() == StructuredDocument.Form.TRANSCRIPT, text.replaceAll("\\s+", " "));
    } catch (ExtractionException e) {
      return new Context(false, null);
    }
  }

  /** The sentence before {@code sentence} in {@code t} (whitespace collapsed), or null when not found. */
  static String previousSentence(String t, String sentence) {
    String s = sentence.replaceAll("\\s+", " ").strip();
    int at = t.indexOf(s.length() > 60 ? s.substring(0, 60) : s);
    if (at <= 0) return null;
    String before = t.substring(Math.max(0, at - 400), at).strip();
    int end = before.length();
    int start = Math.max(before.lastIndexOf(". ", end - 2), Math.max(before.lastIndexOf("? ", end - 2), before.lastIndexOf("! ", end - 2)));
    return before.substring(start < 0 ? 0 : start + 2).strip();
  }

  private static String cell(String[] cells, int i) {
    return i >= 0 && i < cells.length ? cells[i] : "";
  }

  private static Set<String> ids(String cell) {
    Set<String> out = new LinkedHashSet<>();
    for (String a : cell.split(";")) if (!a.isBlank()) out.add(a.strip());
    return out;
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
