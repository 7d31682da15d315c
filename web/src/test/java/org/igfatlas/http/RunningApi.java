package org.igfatlas.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.igfatlas.schema.Resources;
import org.igfatlas.search.AtlasSearcher;

/** The API on a random loopback port over an index, and GETs against it: what the API's integration tests share. */
public final class RunningApi implements AutoCloseable {
  private final AutoCloseable backend;
  private final Javalin app;
  private final HttpClient http = HttpClient.newHttpClient();

  private RunningApi(AutoCloseable backend, Javalin app) {
    this.backend = backend;
    this.app = app;
  }

  public static RunningApi start(Path index) throws IOException {
    AtlasSearcher searcher = new AtlasSearcher(index);
    return new RunningApi(searcher, new ApiServer(searcher).create(null).start("127.0.0.1", 0));
  }

  /** The API over any backend (closed with it). */
  public static RunningApi start(org.igfatlas.backend.Backend backend) {
    return new RunningApi(backend, new ApiServer(backend).create(null).start("127.0.0.1", 0));
  }

  /** The answer to a GET, which must be a 200, as JSON. */
  public JsonNode get(String pathAndQuery) throws Exception {
    HttpResponse<String> r = send(pathAndQuery);
    assertEquals(200, r.statusCode(), pathAndQuery + " -> " + r.body());
    return Resources.JSON.readTree(r.body());
  }

  /** The answer to a GET, whatever its status. */
  public HttpResponse<String> send(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws IOException {
    app.stop();
    try {
      backend.close();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}
