package org.igfatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.igfatlas.tag.TaggingEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code igf eval tagging LABELS.csv [--json]}: measures the automatic taggers against labelled files. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate the pipeline against labelled data.",
    subcommands = EvalCommand.Tagging.class)
public final class EvalCommand {

  @Command(name = "tagging", mixinStandardHelpOptions = true,
      description = {"Tag the files a CSV lists (column file, relative to the CSV; then any of year, meeting,",
          "sessionType, docKind, track, theme, nri; empty = not labelled, none = no value, ; between values;",
          "optional source = the URL the file was published at, used as a sidecar's source is, and provenance)",
          "with the indexing taggers (sidecars ignored) and print accuracy, P/R/F1 and the errors."})
  static final class Tagging implements Callable<Integer> {
    @Parameters(paramLabel = "LABELS.csv")
    Path labels;

    @Option(names = "--json", description = "Print one JSON object instead of the table")
    boolean json;

    @Option(names = "--errors", description = "List every wrongly tagged file")
    boolean errors;

    @Option(names = "--no-source", description = "Ignore the CSV's source column (tag from the file alone)")
    boolean noSource;

    @Override
    public Integer call() throws Exception {
      TaggingEvaluation.Report r = new TaggingEvaluation().evaluate(labels, !noSource);
      if (json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", r.documents());
        out.put("fields", r.fields());
        out.put("failures", r.failures());
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
      } else {
        System.out.print(TaggingEvaluation.format(r));
        if (errors) r.fields().forEach((k, v) -> v.errors().forEach(e -> System.out.println(k + ": " + e)));
      }
      return r.documents() == 0 ? 1 : 0;
    }
  }
}
