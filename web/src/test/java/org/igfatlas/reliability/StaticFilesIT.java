package org.igfatlas.reliability;

import static org.junit.jupiter.api.Assertions.*;

import io.javalin.Javalin;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.igfatlas.cli.ServeCommand;
import org.igfatlas.http.ApiServer;
import org.igfatlas.search.AtlasSearcher;
import org.igfatlas.testing.FixtureCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Static file serving never leaves the UI's folder, whatever the request line says. */
class StaticFilesIT {
  @TempDir
  Path dir;

  /** Sends a raw request line (no client-side normalisation of "..") and returns the whole answer. */
  private static String raw(int port, String target) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      OutputStream out = s.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void pathTraversalIsRefused() throws Exception {
    FixtureCorpus f = FixtureCorpus.build(dir);
    try (AtlasSearcher searcher = new AtlasSearcher(f.index)) {
      Javalin app = new ApiServer(searcher).create(ServeCommand.UI).start("127.0.0.1", 0);
      try {
        assertTrue(raw(app.port(), "/app.js").startsWith("HTTP/1.1 200"), "the UI itself is served");
        for (String target : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
            "/webjars/../../../../etc/passwd", "/webjars/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/%252e%252e/etc/passwd",
            "/app.js/../../pom.xml", "/../web/pom.xml", "/org/igfatlas/http/openapi.json/../../../../../pom.xml")) {
          String answer = raw(app.port(), target);
          String status = answer.substring(0, answer.indexOf("\r\n"));
          assertFalse(answer.contains("root:x:0:0") || answer.contains("<modelVersion>"), target + " leaked: " + status);
          assertFalse(status.contains(" 200"), target + " -> " + status);
        }
      } finally {
        app.stop();
      }
    }
  }
}
