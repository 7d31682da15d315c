package org.igfatlas.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.igfatlas.http.ApiServer;
import org.igfatlas.index.AtlasIndexWriter;
import org.igfatlas.schema.IndexSchema;
import org.igfatlas.index.IndexSummary;
import org.igfatlas.nlp.NlpMode;
import org.igfatlas.search.AtlasSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code igf serve}: indexes the corpus if there is no index yet, then serves the UI and the API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the browser UI and the HTTP API; index the corpus first if the index is missing.")
public final class ServeCommand implements Callable<Integer> {
  /** Class-path folder of the browser UI's static files. */
  public static final String UI = "/public";

  @Option(names = "--index", defaultValue = "data/index", description = "Index folder (default: ${DEFAULT-VALUE})")
  Path index;

  @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus indexed when the index is missing (default: ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--request-timeout", defaultValue = "10", paramLabel = "SECONDS",
      description = "Longest a search or analytics request may take (waiting for a worker included) before a 503 with "
          + "Retry-After (default: ${DEFAULT-VALUE})")
  double requestTimeout;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE})")
  String host;

  @Override
  public Integer call() throws Exception {
    String schema = AtlasIndexWriter.schemaVersion(index);
    if (!AtlasIndexWriter.isCurrent(index)) {
      System.out.println(schema == null ? "No index at " + index + ": indexing " + corpus + " first."
          : "The index at " + index + " was built with schema " + schema + " (this version writes " + IndexSchema.VERSION
              + "): rebuilding it from " + corpus + ".");
      IndexSummary s = IndexCommand.run(List.of(corpus), index, null, false, true, NlpMode.FAST, 500, System.out);
      if (s.nothingIndexed()) {
        System.err.println("igf: nothing could be indexed from " + corpus + "; not serving an empty index.");
        return 1;
      }
    }
    long t0 = System.nanoTime();
    AtlasSearcher searcher = new AtlasSearcher(index);
    Javalin app = new ApiServer(searcher).withRequestTimeout(java.time.Duration.ofMillis(Math.round(requestTimeout * 1000)))
        .create(UI).start(host, port);
    AtlasSearcher.Health h = searcher.health();
    System.out.printf("IGF Atlas: %d documents, %d passages; serving http://%s:%d/ (started in %d ms; Ctrl+C stops)%n",
        h.documents(), h.passages(), "127.0.0.1".equals(host) ? "localhost" : host, app.port(),
        (System.nanoTime() - t0) / 1_000_000);
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      try {
        searcher.close();
      } catch (Exception ignored) {
        // shutting down
      }
      stop.countDown();
    }));
    stop.await();
    return 0;
  }
}
