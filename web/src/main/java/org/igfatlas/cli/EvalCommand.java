package org.igfatlas.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.igfatlas.nlp.RecommendationEvaluation;
import org.igfatlas.tag.TaggingEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code igf eval tagging LABELS.csv [--json]}: measures the automatic taggers against labelled files. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate the pipeline against labelled data.",
    subcommands = {EvalCommand.Tagging.class, EvalCommand.Recommendations.class, EvalCommand.Passages.class,
        EvalCommand.TopicsEval.class, EvalCommand.EntitiesEval.class})
public final class EvalCommand {
  /** The one JSON writer of the subcommands' {@code --json}. */
  private static final ObjectWriter JSON = org.igfatlas.schema.Resources.JSON.writerWithDefaultPrettyPrinter();

  /** The output options every measure shares: the report as a table (with its errors) or as one JSON object. */
  static final class Output {
    @Option(names = "--json", description = "Print one JSON object instead of the table")
    boolean json;

    @Option(names = "--errors", description = "Also list what the measure got wrong (false positives, misses, wrong values)")
    boolean errors;

    /** Prints {@code report} as JSON, or {@code table} followed, with {@code --errors}, by {@code errorLines}. */
    void print(Object report, String table, java.util.function.Supplier<java.util.List<String>> errorLines) throws Exception {
      if (json) {
        System.out.println(JSON.writeValueAsString(report));
      } else {
        System.out.print(table);
        if (errors) errorLines.get().forEach(System.out::println);
      }
    }
  }

  @Command(name = "tagging", mixinStandardHelpOptions = true,
      description = {"Tag the files a CSV lists (column file, relative to the CSV; then any of year, meeting,",
          "sessionType, docKind, track, theme, nri; empty = not labelled, none = no value, ; between values;",
          "optional source = the URL the file was published at, used as a sidecar's source is, and provenance)",
          "with the indexing taggers (sidecars ignored) and print accuracy, P/R/F1 and the errors."})
  static final class Tagging implements Callable<Integer> {
    @Parameters(paramLabel = "LABELS.csv")
    Path labels;

    @picocli.CommandLine.Mixin
    Output output;

    @Option(names = "--no-source", description = "Ignore the CSV's source column (tag from the file alone)")
    boolean noSource;

    @Override
    public Integer call() throws Exception {
      TaggingEvaluation.Report r = new TaggingEvaluation().evaluate(labels, !noSource);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("documents", r.documents());
      out.put("fields", r.fields());
      out.put("failures", r.failures());
      output.print(out, TaggingEvaluation.format(r), () -> {
        java.util.List<String> lines = new java.util.ArrayList<>();
        r.fields().forEach((k, v) -> v.errors().forEach(e -> lines.add(k + ": " + e)));
        return lines;
      });
      return r.documents() == 0 ? 1 : 0;
    }
  }

  @Command(name = "recommendations", mixinStandardHelpOptions = true,
      description = {"Run the recommendation detector, as indexing does, on hand-judged sentences (TSV with columns",
          "label, actors, sentence and optionally file, relative to the TSV, for the sentence's context; or the",
          "repository's label<TAB>actors<TAB>sentence) and print precision, recall, F1 and addressee accuracy."})
  static final class Recommendations implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.tsv")
    Path sentences;

    @picocli.CommandLine.Mixin
    Output output;

    @Option(names = "--sentences", description = "List every sentence: judged label, detected (strength, cue), text")
    boolean list;

    @Override
    public Integer call() throws Exception {
      var judged = new RecommendationEvaluation().judge(sentences);
      RecommendationEvaluation.Report r = RecommendationEvaluation.report(judged);
      if (list) {
        System.out.println("label\tdetected\tstrength\tcue\tsentence");
        for (var j : judged) {
          System.out.println((j.expected() ? 1 : 0) + "\t" + (j.found() ? 1 : 0) + "\t" + (j.strength() == null ? "" : j.strength())
              + "\t" + (j.cue() == null ? "" : j.cue()) + "\t" + j.sentence());
        }
        return 0;
      }
      output.print(r, RecommendationEvaluation.format(r), r::errors);
      return r.sentences() == 0 ? 1 : 0;
    }
  }

  @Command(name = "passages", mixinStandardHelpOptions = true,
      description = {"Print every passage of the files under FOLDER as one JSON object per line: file, offsets,",
          "kind, speaker, text and what analysis gives it (topics, persons, organizations, countries), computed",
          "as indexing does. The raw material for judging passages by hand."})
  static final class Passages implements Callable<Integer> {
    @Parameters(paramLabel = "FOLDER")
    Path folder;

    @Override
    public Integer call() throws Exception {
      ObjectWriter line = org.igfatlas.schema.Resources.JSON.writer();
      var passages = org.igfatlas.nlp.AnalysedPassages.of(folder, org.igfatlas.nlp.NlpMode.FAST);
      for (var p : passages) System.out.println(line.writeValueAsString(p));
      return passages.isEmpty() ? 1 : 0;
    }
  }

  @Command(name = "topics", mixinStandardHelpOptions = true,
      description = {"Measure topic tagging against judged passages: JUDGMENTS.tsv names passages (file, start, end)",
          "of the pages under --pages, a topic and a judgment (discusses, mentions, no), sample pool or random.",
          "Prints strict and lenient precision per topic over the judged tagged passages, and recall on the",
          "random sample."})
  static final class TopicsEval implements Callable<Integer> {
    @Parameters(paramLabel = "JUDGMENTS.tsv")
    Path judgments;

    @Option(names = "--pages", required = true, paramLabel = "FOLDER", description = "The folder the judged files are in")
    Path pages;

    @picocli.CommandLine.Mixin
    Output output;

    @Option(names = "--unjudged", paramLabel = "FILE",
        description = "Write the tagged passages nobody judged (JSON lines: topic, passage) to FILE")
    Path unjudged;

    @Override
    public Integer call() throws Exception {
      var r = org.igfatlas.nlp.TopicEvaluation.evaluate(judgments, pages);
      if (unjudged != null) {
        ObjectWriter line = org.igfatlas.schema.Resources.JSON.writer();
        try (var w = java.nio.file.Files.newBufferedWriter(unjudged)) {
          for (var u : r.unjudged()) w.write(line.writeValueAsString(u) + "\n");
        }
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("rows", r.rows());
      out.put("unmatched", r.unmatched());
      out.put("topics", r.topics());
      out.put("strictPrecision", r.strictPrecision());
      out.put("lenientPrecision", r.lenientPrecision());
      output.print(out, org.igfatlas.nlp.TopicEvaluation.format(r), r::errors);
      return r.rows() == 0 ? 1 : 0;
    }
  }

  @Command(name = "entities", mixinStandardHelpOptions = true,
      description = {"Measure the person, organization and country facets over the pages under --pages:",
          "precision of the top and of a random sample of values (VALUES.tsv: type, value, judgment 1/0) and",
          "recall on judged passages (PASSAGES.tsv: file, start, end, type, entity)."})
  static final class EntitiesEval implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "VALUES.tsv")
    Path values;

    @Parameters(index = "1", paramLabel = "PASSAGES.tsv")
    Path gold;

    @Option(names = "--pages", required = true, paramLabel = "FOLDER", description = "The folder the judged files are in")
    Path pages;

    @picocli.CommandLine.Mixin
    Output output;

    @Override
    public Integer call() throws Exception {
      var r = org.igfatlas.nlp.EntityEvaluation.evaluate(values, gold, pages);
      output.print(r, org.igfatlas.nlp.EntityEvaluation.format(r), () -> {
        java.util.List<String> lines = new java.util.ArrayList<>();
        r.types().forEach((t, x) -> {
          x.wrong().forEach(v -> lines.add("WRONG " + t + "\t" + v));
          x.unjudged().forEach(v -> lines.add("UNJUDGED " + t + "\t" + v));
          x.missed().forEach(v -> lines.add("MISSED " + t + "\t" + v));
        });
        return lines;
      });
      return r.passages() == 0 ? 1 : 0;
    }
  }
}
