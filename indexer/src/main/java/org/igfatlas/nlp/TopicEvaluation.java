package org.igfatlas.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Measures topic tagging against passages judged by hand. The judgments are references only: a TSV with the
 * columns {@code file, start, end, topic, judgment, sample}, where {@code file:start-end} names a passage of the
 * folder of pages given beside it (found again by {@link AnalysedPassages}, so the repository never holds the
 * pages' text), {@code judgment} is {@code discusses}, {@code mentions} or {@code no} and {@code sample} is
 * {@code pool} (passages drawn from those carrying the topic's words) or {@code random} (a uniform sample of all
 * passages, judged for every topic: the recall sample).
 * <p>Precision of a topic = judged passages the tagger gives the topic that discuss it (strict) or discuss or
 * clearly mention it (lenient). Recall = random-sample passages judged to discuss (strict) or discuss or mention
 * (lenient) the topic that the tagger gives it.
 */
public final class TopicEvaluation {
  public enum Judgment { DISCUSSES, MENTIONS, NO }

  /** One judged (passage, topic) pair. */
  public record Row(String file, int start, int end, String topic, Judgment judgment, boolean random) {
    String ref() {
      return file + ":" + start + "-" + end;
    }
  }

  /**
   * The figures of one topic.
   *
   * @param tagged   passages of the folder the tagger gives the topic
   * @param judged   of those, how many are judged (the precision sample)
   */
  public record TopicResult(int tagged, int judged, int strict, int lenient, Double strictPrecision,
                            Double lenientPrecision, int relevant, int found, Double lenientRecall,
                            int discussed, int discussedFound, Double strictRecall) {}

  /** Per topic, overall (micro-averaged over the judged tagged passages), and what could not be judged. */
  public record Report(int rows, int unmatched, Map<String, TopicResult> topics, double strictPrecision,
                       double lenientPrecision, List<String> errors, List<Unjudged> unjudged) {}

  /** A passage the tagger gives a topic that nobody judged for it: material for the next round of judging. */
  public record Unjudged(String topic, AnalysedPassages.Analysed passage) {}

  public static List<Row> read(Path tsv) throws IOException {
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> col = null;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] c = line.split("\t", -1);
      if (col == null) {
        col = new HashMap<>();
        for (int i = 0; i < c.length; i++) col.put(c[i].strip(), i);
        for (String need : List.of("file", "start", "end", "topic", "judgment")) {
          if (!col.containsKey(need)) throw new IOException(tsv + ": the header needs a " + need + " column");
        }
        continue;
      }
      rows.add(new Row(c[col.get("file")], Integer.parseInt(c[col.get("start")].strip()),
          Integer.parseInt(c[col.get("end")].strip()), c[col.get("topic")].strip(),
          Judgment.valueOf(c[col.get("judgment")].strip().toUpperCase(Locale.ROOT)),
          col.containsKey("sample") && c[col.get("sample")].strip().equals("random")));
    }
    return rows;
  }

  /** Judges the rows of {@code tsv} against the passages of {@code pages} as the indexing pipeline analyses them. */
  public static Report evaluate(Path tsv, Path pages) throws IOException {
    return evaluate(read(tsv), AnalysedPassages.of(pages, NlpMode.FAST));
  }

  public static Report evaluate(List<Row> rows, List<AnalysedPassages.Analysed> passages) {
    Map<String, AnalysedPassages.Analysed> byRef = new HashMap<>();
    passages.forEach(p -> byRef.put(p.ref(), p));
    Set<String> topics = new TreeSet<>();
    rows.forEach(r -> topics.add(r.topic()));
    Map<String, Row> judged = new HashMap<>();
    rows.forEach(r -> judged.put(r.ref() + "|" + r.topic(), r));
    Map<String, int[]> counts = new TreeMap<>(); // tagged, judged, strict, lenient, relevant, found, discussed, dfound
    topics.forEach(t -> counts.put(t, new int[8]));
    List<String> errors = new ArrayList<>();
    List<Unjudged> unjudged = new ArrayList<>();
    for (AnalysedPassages.Analysed p : passages) {
      for (String t : p.topics().keySet()) {
        int[] c = counts.get(t);
        if (c == null) continue;
        c[0]++;
        Row r = judged.get(p.ref() + "|" + t);
        if (r == null) {
          unjudged.add(new Unjudged(t, p));
          continue;
        }
        c[1]++;
        if (r.judgment() == Judgment.DISCUSSES) c[2]++;
        if (r.judgment() != Judgment.NO) c[3]++;
        else errors.add("FP " + t + " " + r.ref());
      }
    }
    int unmatched = 0;
    for (Row r : rows) {
      AnalysedPassages.Analysed p = byRef.get(r.ref());
      if (p == null) {
        unmatched++;
        continue;
      }
      if (!r.random() || r.judgment() == Judgment.NO) continue;
      int[] c = counts.get(r.topic());
      boolean found = p.topics().containsKey(r.topic());
      c[4]++;
      if (found) c[5]++;
      if (r.judgment() == Judgment.DISCUSSES) {
        c[6]++;
        if (found) c[7]++;
      }
      if (!found) errors.add("FN " + r.topic() + " " + r.ref() + " (" + r.judgment().name().toLowerCase(Locale.ROOT) + ")");
    }
    Map<String, TopicResult> out = new LinkedHashMap<>();
    int judgedAll = 0, strictAll = 0, lenientAll = 0;
    for (var e : counts.entrySet()) {
      int[] c = e.getValue();
      out.put(e.getKey(), new TopicResult(c[0], c[1], c[2], c[3], ratio(c[2], c[1]), ratio(c[3], c[1]), c[4], c[5],
          ratio(c[5], c[4]), c[6], c[7], ratio(c[7], c[6])));
      judgedAll += c[1];
      strictAll += c[2];
      lenientAll += c[3];
    }
    return new Report(rows.size(), unmatched, out, round(strictAll / (double) Math.max(1, judgedAll)),
        round(lenientAll / (double) Math.max(1, judgedAll)), errors, unjudged);
  }

  public static String format(Report r) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "Topic evaluation: %d judgments (%d name no passage of the pages)%n%-30s %7s %7s %8s %8s %8s %8s%n", r.rows(),
        r.unmatched(), "topic", "tagged", "judged", "strict", "lenient", "recall", "recall-s"));
    r.topics().forEach((t, x) -> b.append(String.format(Locale.ROOT, "%-30s %7d %7d %8s %8s %8s %8s%n", t, x.tagged(),
        x.judged(), fmt(x.strictPrecision()), fmt(x.lenientPrecision()), fmt(x.lenientRecall()) + "/" + x.relevant(),
        fmt(x.strictRecall()) + "/" + x.discussed())));
    b.append(String.format(Locale.ROOT, "overall precision (judged tagged passages): strict %.3f  lenient %.3f%n",
        r.strictPrecision(), r.lenientPrecision()));
    return b.toString();
  }

  private static String fmt(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }

  private static Double ratio(int a, int b) {
    return b == 0 ? null : round(a / (double) b);
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
