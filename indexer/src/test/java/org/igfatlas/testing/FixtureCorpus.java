package org.igfatlas.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.igfatlas.index.CorpusIndexer;
import org.igfatlas.index.IndexSummary;

/**
 * A small indexed corpus for integration tests: the fixture transcripts and report, one of them as PDF, with
 * sidecars, plus a document carrying script-injection payloads. Built once per test class.
 */
public final class FixtureCorpus {
  public final Path corpus;
  public final Path index;
  public final IndexSummary summary;

  /** Text that must never execute in the browser. */
  public static final String HOSTILE_TEXT = """
      IGF 2021 - Day 2 - Room 3 - WS #99 Payloads <script>window.__pwned=1</script>

      >> ALICE <img src=x onerror="window.__pwned=2">: We discuss digital cooperation <b>and</b> safety.

      >> BOB: <script>window.__pwned=3</script> Digital cooperation needs trust.

      >> ALICE: Thank you, digital cooperation matters.
      """;

  private FixtureCorpus(Path corpus, Path index, IndexSummary summary) {
    this.corpus = corpus;
    this.index = index;
    this.summary = summary;
  }

  public static FixtureCorpus build(Path dir) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path t19 = Fixtures.copy(Fixtures.TRANSCRIPTS.get(0), corpus);
    sidecar(t19, "{\"docKind\": \"transcript\", \"meeting\": \"annual_meeting\", \"sessionType\": \"main_session\"}");
    Path t16 = Fixtures.copy(Fixtures.TRANSCRIPTS.get(1), corpus);
    sidecar(t16, "{\"docKind\": \"transcript\", \"meeting\": \"annual_meeting\", \"sessionType\": \"workshop\"}");
    Path report = Fixtures.pdf(Fixtures.text(Fixtures.REPORTS.get(0)), corpus.resolve("igf2020-ws68-report.pdf"));
    sidecar(report, "{\"title\": \"IGF 2020 WS #68 Data governance for the public good: Report\", \"year\": 2020, "
        + "\"docKind\": \"session_report\", \"meeting\": \"annual_meeting\", \"sessionType\": \"workshop\", "
        + "\"source\": \"https://www.intgovforum.org/en/content/igf-2020-ws-68\"}");
    Files.writeString(corpus.resolve("igf2021-payloads.txt"), HOSTILE_TEXT);
    Path index = dir.resolve("index");
    IndexSummary summary = new CorpusIndexer(CorpusIndexer.Options.defaults()).index(List.of(corpus), index, null);
    if (summary.indexed() != 4) throw new IllegalStateException("fixture corpus: " + summary);
    return new FixtureCorpus(corpus, index, summary);
  }

  private static void sidecar(Path file, String json) throws IOException {
    Files.writeString(file.resolveSibling(file.getFileName() + ".meta.json"), json);
  }
}
