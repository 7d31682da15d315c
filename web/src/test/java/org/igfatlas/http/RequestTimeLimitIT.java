package org.igfatlas.http;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.igfatlas.search.AtlasSearcher;
import org.junit.jupiter.api.Test;

/**
 * The per-request time limit: a server whose limit is shorter than any real answer answers 503 problem+json with
 * Retry-After, at once, to every client of a burst, and keeps answering the cheap endpoints.
 */
class RequestTimeLimitIT {
  @Test
  void pastTheLimitEveryClientGetsA503WithRetryAfterAtOnce() throws Exception {
    try (AtlasSearcher searcher = new AtlasSearcher(FixtureServer.FIXTURES.index)) {
      Javalin app = new ApiServer(searcher).withRequestTimeout(Duration.ofMillis(1)).create(null).start("127.0.0.1", 0);
      try {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + app.port();
        List<String> heavy = List.of("/api/trends?term=internet&term=access&term=data&term=rights&split=docKind",
            "/api/concordance?q=the&width=100", "/api/keywords?filter=year:2019&top=200",
            "/api/search?q=*:*&facets=person,organization,topic,speaker", "/api/recommendations?q=should");
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < 64; i++) {
          String u = base + heavy.get(i % heavy.size());
          answers.add(clients.submit(() -> http.send(HttpRequest.newBuilder(URI.create(u)).build(), HttpResponse.BodyHandlers.ofString())));
        }
        int unavailable = 0;
        for (Future<HttpResponse<String>> f : answers) {
          HttpResponse<String> r = f.get();
          assertTrue(r.statusCode() == 200 || r.statusCode() == 503, r.statusCode() + " " + r.body());
          if (r.statusCode() == 503) {
            unavailable++;
            assertEquals("5", r.headers().firstValue("Retry-After").orElse(null));
            assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"), r.headers().map() + " " + r.body());
            assertTrue(new ObjectMapper().readTree(r.body()).get("detail").asText().contains("limit of 1 ms"), r.body());
          }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        clients.shutdown();
        assertTrue(unavailable > 0, "a 1 ms limit is shorter than these answers");
        assertTrue(seconds < 30, "64 answers in " + seconds + " s");
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), "the health endpoint has no limit");
      } finally {
        app.stop();
      }
    }
  }
}
