package org.igfatlas.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.igfatlas.search.AtlasSearcher;
import org.igfatlas.testing.FixtureCorpus;

/**
 * The fixture corpus indexed once per test JVM and served on a random loopback port, shared by the HTTP test classes
 * (the API is read-only, so they cannot disturb each other); stopped and deleted when the JVM exits.
 */
final class FixtureServer {
  static final FixtureCorpus FIXTURES;
  static final Javalin APP;

  static {
    try {
      Path dir = Files.createTempDirectory("igf-api-test");
      FIXTURES = FixtureCorpus.build(dir);
      AtlasSearcher searcher = new AtlasSearcher(FIXTURES.index);
      APP = new ApiServer(searcher).create(null).start("127.0.0.1", 0);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        APP.stop();
        try {
          searcher.close();
          try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
          }
        } catch (IOException ignored) {
          // the JVM is exiting
        }
      }));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private FixtureServer() {}

  /** The server's address for a path such as {@code /api/search?q=x}. */
  static String url(String pathAndQuery) {
    return "http://127.0.0.1:" + APP.port() + pathAndQuery;
  }
}
