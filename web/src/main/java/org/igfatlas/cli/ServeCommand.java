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

  @Option(names = "--solr", paramLabel = "URL[,URL...]",
      description = "Serve from a SolrCloud collection (written by igf index --solr) instead of the embedded index: node URLs")
  String solr;

  @Option(names = "--collection", defaultValue = "igf", description = "SolrCloud collection (default: ${DEFAULT-VALUE})")
  String collection;

  @Override
  public Integer call() throws Exception {
    if (solr != null) return serve(solrBackend());
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
    return serve(org.igfatlas.backend.LuceneBackend.open(index));
  }

  private org.igfatlas.backend.Backend solrBackend() {
    try {
      return org.igfatlas.backend.SolrBackend.open(solr, collection);
    } catch (RuntimeException e) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--solr " + solr + ": " + e.getMessage());
    }
  }

  private Integer serve(org.igfatlas.backend.Backend backend) throws Exception {
    long t0 = System.nanoTime();
    Javalin app = new ApiServer(backend).withRequestTimeout(java.time.Duration.ofMillis(Math.round(requestTimeout * 1000)))
        .create(UI).start(host, port);
    org.igfatlas.backend.Backend.Health h = backend.health();
    System.out.printf("IGF Atlas (%s): %d documents, %d passages; serving http://%s:%d/ (started in %d ms; Ctrl+C stops)%n",
        h.backend(), h.documents(), h.passages(), "127.0.0.1".equals(host) ? "localhost" : host, app.port(),
        (System.nanoTime() - t0) / 1_000_000);
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      try {
        backend.close();
      } catch (Exception ignored) {
        // shutting down
      }
      stop.countDown();
    }));
    stop.await();
    return 0;
  }
}
