package org.igfatlas.cli;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.igfatlas.http.ApiServer;
import org.igfatlas.index.IndexSchema;
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

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE})")
  String host;

  /** The schema version recorded in the index's last commit, or null when there is no index. */
  static String schemaOf(Path index) throws java.io.IOException {
    if (!Files.isDirectory(index) || !DirectoryReader.indexExists(FSDirectory.open(index))) return null;
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      return r.getIndexCommit().getUserData().getOrDefault("schema", "unknown");
    }
  }

  @Override
  public Integer call() throws Exception {
    String schema = schemaOf(index);
    if (schema != null && !schema.equals(Integer.toString(IndexSchema.VERSION))) {
      System.out.println("The index at " + index + " was built with schema " + schema + " (this version reads "
          + IndexSchema.VERSION + "): rebuilding it from " + corpus + ".");
      try (var files = Files.walk(index)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
    if (!Files.isDirectory(index) || !DirectoryReader.indexExists(FSDirectory.open(index))) {
      System.out.println("No index at " + index + ": indexing " + corpus + " first.");
      IndexSummary s = IndexCommand.run(List.of(corpus), index, null, false, true, NlpMode.FAST, 500, System.out);
      if (s.nothingIndexed()) {
        System.err.println("igf: nothing could be indexed from " + corpus + "; not serving an empty index.");
        return 1;
      }
    }
    long t0 = System.nanoTime();
    AtlasSearcher searcher = new AtlasSearcher(index);
    Javalin app = new ApiServer(searcher).create(UI).start(host, port);
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
