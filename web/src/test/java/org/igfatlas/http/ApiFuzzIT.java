package org.igfatlas.http;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzz test: thousands of random and hostile parameter combinations against every endpoint. Each answer
 * must be a 200 or a 4xx with problem+json, within a time bound; never a 5xx, never a hang.
 */
class ApiFuzzIT {
  static final int CASES = 3000;
  static final Duration BOUND = Duration.ofSeconds(5);

  static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static final String[] PATHS = {"/api/search", "/api/recommendations", "/api/trends", "/api/concordance", "/api/keywords",
      "/api/nri/priorities", "/api/facets/speaker", "/api/facets/colour", "/api/documents/abc", "/api/topics", "/api/health"};
  static final String[] NAMES = {"q", "filter", "facets", "unit", "page", "size", "sort", "term", "topic", "measure", "split",
      "by", "from", "to", "year", "region", "top", "compare", "width", "reference", "prefix", "contains", "offset", "format",
      "theme", "actor", "nosuch"};

  static String hostileValue(Random r) {
    String[] fixed = {"", "*", "*:*", "?", "\"", "\"digital", "(", ")", "((((", "digital AND", "AND", "OR OR", "NOT",
        "a*", "*tion", "?igital", "/.*/", "/[a-z]{1,100}{1,100}{1,100}/", "/(a|aa)*b/", "digital~2", "cooperation~10",
        "\"a b\"~1000000", "title:", "nosuchfield:x", "speaker:", "year:[2000 TO 3000]", "-1", "0", "2147483648",
        "99999999999999999999", "1e9", "NaN", "-2147483648", "1000000", "year:2019", "year", ":", "docKind:transcript",
        "<script>alert(1)</script>", "\" onerror=alert(1) x=\"", "%00", "\u0000", "\u0007\u001b[31m", "\uD83D\uDE00 emoji",
        "\uFFFF", "\u202Egnirts", "日本語 クエリ", "Ünïcødé", "../../etc/passwd", "mentions", "per10k", "documents", "share",
        "passage", "document", "recommendation", "left", "right", "doc", "csv", "json", "global", "environment_climate",
        "cybersecurity", "docKind", "theme", "speaker", "year", "az", "count"};
    int k = r.nextInt(10);
    if (k == 0) { // very many terms
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 10_000; i++) sb.append("t").append(i).append(' ');
      return sb.toString();
    }
    if (k == 1) { // random unicode and control characters
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(40);
      for (int i = 0; i < n; i++) sb.appendCodePoint(r.nextInt(3) == 0 ? r.nextInt(32) : 32 + r.nextInt(0x2FFF));
      return sb.toString();
    }
    if (k == 2) return "x".repeat(1 + r.nextInt(20_000)); // long values and long URLs
    if (k == 3) return fixed[r.nextInt(fixed.length)] + ":" + fixed[r.nextInt(fixed.length)];
    return fixed[r.nextInt(fixed.length)];
  }

  @Test
  void randomAndHostileParametersNeverGive5xxOrHang() throws Exception {
    Random r = new Random(20261122);
    List<String> failures = new ArrayList<>();
    int ok = 0, client = 0;
    long slowest = 0;
    for (int i = 0; i < CASES; i++) {
      StringBuilder url = new StringBuilder(PATHS[r.nextInt(PATHS.length)]).append('?');
      int params = r.nextInt(6);
      for (int p = 0; p < params; p++) {
        url.append(NAMES[r.nextInt(NAMES.length)]).append('=').append(URLEncoder.encode(hostileValue(r), StandardCharsets.UTF_8)).append('&');
      }
      long t0 = System.nanoTime();
      HttpResponse<String> resp;
      try {
        resp = http.send(HttpRequest.newBuilder(URI.create(FixtureServer.url(url.toString()))).timeout(BOUND).build(),
            HttpResponse.BodyHandlers.ofString());
      } catch (java.net.http.HttpTimeoutException e) {
        failures.add("timeout: " + url.substring(0, Math.min(200, url.length())));
        continue;
      }
      slowest = Math.max(slowest, (System.nanoTime() - t0) / 1_000_000);
      int status = resp.statusCode();
      if (status >= 500) failures.add(status + " " + url.substring(0, Math.min(200, url.length())) + " -> " + resp.body());
      else if (status >= 400) {
        client++;
        String ct = resp.headers().firstValue("content-type").orElse("");
        if (!ct.startsWith("application/problem+json") && status != 431 && status != 414) {
          failures.add(status + " without problem+json (" + ct + "): " + url.substring(0, Math.min(200, url.length())));
        }
      } else ok++;
    }
    System.out.printf("fuzz: %d cases, %d answered 200, %d answered 4xx, %d failures, slowest %d ms%n", CASES, ok, client,
        failures.size(), slowest);
    assertEquals(List.of(), failures);
    assertTrue(ok > 100 && client > 100, "the generator exercises both outcomes: " + ok + " / " + client);
  }

  @Test
  void theApiIsReadOnlyAndStaticPathsCannotEscape() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(FixtureServer.url("/api/search?q=x")))
          .method(method, HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
      assertTrue(r.statusCode() == 404 || r.statusCode() == 405, method + " -> " + r.statusCode());
    }
  }
}
