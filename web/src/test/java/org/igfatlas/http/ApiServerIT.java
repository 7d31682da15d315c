package org.igfatlas.http;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Indexes the fixture corpus, starts the server on a random port and calls the API over HTTP. */
class ApiServerIT {
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  record Reply(int status, String contentType, JsonNode body) {}

  static Reply get(String pathAndQuery) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(FixtureServer.url(pathAndQuery))).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.headers().firstValue("content-type").orElse(""), JSON.readTree(r.body()));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static List<JsonNode> hits(Reply r) {
    return StreamSupport.stream(r.body().get("hits").spliterator(), false).toList();
  }

  static long facetCount(Reply r, String dim, String value) {
    for (JsonNode v : r.body().get("facets").get(dim)) if (v.get("value").asText().equals(value)) return v.get("count").asLong();
    return 0;
  }

  @Test
  void healthCountsDocumentsAndPassages() throws Exception {
    Reply r = get("/api/health");
    assertEquals(200, r.status());
    assertEquals("ok", r.body().get("status").asText());
    assertEquals(4, r.body().get("documents").asInt());
    assertEquals(FixtureServer.FIXTURES.summary.passagesInIndex(), r.body().get("passages").asInt());
    assertTrue(r.body().get("passages").asInt() > 20);
    assertEquals("lucene", r.body().get("backend").asText(), "the health endpoint says which backend answers");
    assertEquals(1, r.body().get("nodes").size());
    assertTrue(r.body().get("nodes").get(0).asText().startsWith("local:"));
  }

  @Test
  void phraseSearchReturnsHighlightedPassagesFromSeveralDocuments() throws Exception {
    Reply r = get("/api/search?q=" + enc("\"digital cooperation\""));
    assertEquals(200, r.status());
    List<JsonNode> hits = hits(r);
    assertTrue(r.body().get("total").asInt() >= 5, "total " + r.body().get("total"));
    Set<String> docs = new HashSet<>();
    for (JsonNode h : hits) {
      docs.add(h.get("docId").asText());
      String snippet = h.get("snippet").asText();
      assertTrue(snippet.toLowerCase().contains("<mark>digital cooperation</mark>")
          || snippet.toLowerCase().contains("<mark>digital</mark> <mark>cooperation</mark>"), snippet);
      assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), "escaped: " + snippet);
      assertNotNull(h.get("passageId").asText());
      assertTrue(h.has("score") && h.has("title") && h.has("year") && h.has("source"));
    }
    assertTrue(docs.size() >= 3, "hits from several documents: " + docs);
  }

  @Test
  void documentUnitReturnsEachDocumentOnceWithItsBestPassages() throws Exception {
    Reply r = get("/api/search?unit=document&q=" + enc("\"digital cooperation\""));
    List<JsonNode> hits = hits(r);
    Set<String> ids = new HashSet<>();
    for (JsonNode h : hits) {
      assertTrue(ids.add(h.get("docId").asText()), "document twice: " + h.get("docId"));
      assertTrue(h.get("passages").size() >= 1 && h.get("passages").size() <= 3);
      assertTrue(h.get("snippet").asText().contains("<mark>"));
    }
    assertEquals(r.body().get("total").asInt(), hits.size());
    assertTrue(hits.size() >= 3);
    long docKinds = 0;
    for (JsonNode v : r.body().get("facets").get("docKind")) docKinds += v.get("count").asLong();
    assertEquals(hits.size() - hitsWithoutDocKind(hits), docKinds, "document unit facets count documents");
  }

  private static long hitsWithoutDocKind(List<JsonNode> hits) {
    return hits.stream().filter(h -> h.get("docKind").isNull()).count();
  }

  @Test
  void filterNarrowsResultsAndItsFacetStillListsTheOtherValues() throws Exception {
    Reply all = get("/api/search?q=" + enc("remote participation") + "&facets=year,docKind,speaker");
    long in2016 = facetCount(all, "year", "2016");
    long in2019 = facetCount(all, "year", "2019");
    assertTrue(in2016 > 0 && in2019 > 0, all.body().get("facets").toString());

    Reply only2016 = get("/api/search?q=" + enc("remote participation") + "&filter=year:2016&facets=year,docKind,speaker");
    assertEquals(in2016, only2016.body().get("total").asLong());
    hits(only2016).forEach(h -> assertEquals(2016, h.get("year").asInt()));
    assertEquals(in2019, facetCount(only2016, "year", "2019"), "the year facet ignores its own filter");
    assertEquals(0, facetCount(only2016, "speaker", "Kudzai Marufu"), "other facets follow the filter");

    Reply both = get("/api/search?q=" + enc("remote participation") + "&filter=year:2016&filter=year:2019");
    assertEquals(in2016 + in2019, both.body().get("total").asLong(), "values of one field are ORed");

    Reply andAcross = get("/api/search?q=" + enc("remote participation") + "&filter=year:2016&filter=speaker:"
        + enc("Paloma Quiroga"));
    assertEquals(facetCount(only2016, "speaker", "Paloma Quiroga"), andAcross.body().get("total").asLong(), "fields are ANDed");
  }

  @Test
  void tagFacetsAreCountedWithCanonicalIds() throws Exception {
    Reply r = get("/api/search?q=*:*&unit=document&facets=sessionType,meeting,docKind,theme,year");
    assertEquals(200, r.status());
    // WS250 (sidecar), the WS #68 report (sidecar) and the "WS #99" payload transcript (automatic, from its title)
    assertEquals(3, facetCount(r, "sessionType", "workshop"), r.body().get("facets").toString());
    assertEquals(1, facetCount(r, "sessionType", "main_session"));
    assertEquals(4, facetCount(r, "meeting", "annual_meeting"));
    assertEquals(3, facetCount(r, "docKind", "transcript"));
    assertEquals(1, facetCount(r, "docKind", "session_report"));
    assertEquals(1, facetCount(r, "theme", "data"), "the WS #68 report states the Data track");
    assertEquals(1, facetCount(r, "year", "2021"));
    Reply tax = get("/api/taxonomy");
    assertEquals("Workshop", tax.body().get("labels").get("sessionType").get("workshop").asText());
    assertEquals(20, tax.body().get("meetings").size());
    // the facet vocabulary, as the UI reads it
    for (var f : org.igfatlas.schema.IndexSchema.FACETS) assertEquals(f.label(), tax.body().get("facets").get(f.name()).asText());
    assertEquals(org.igfatlas.schema.IndexSchema.FACETS.size(), tax.body().get("facets").size());
    org.igfatlas.schema.IndexSchema.FACET_VIEWS.forEach((view, names) -> {
      List<String> sent = new java.util.ArrayList<>();
      tax.body().get("facetViews").get(view).forEach(n -> sent.add(n.asText()));
      assertEquals(names, sent, view);
    });
    // a search without facets counts the vocabulary's default ones
    Reply plain = get("/api/search?q=*:*");
    List<String> counted = new java.util.ArrayList<>();
    plain.body().get("facets").fieldNames().forEachRemaining(counted::add);
    assertEquals(org.igfatlas.schema.IndexSchema.DEFAULT_FACETS, counted);
  }

  @Test
  void enrichmentFacetsAreCountedOnTheCorpus() throws Exception {
    Reply r = get("/api/search?q=*:*&facets=person,organization,country,speaker,topic,stakeholder");
    for (String f : List.of("person", "organization", "country", "speaker", "topic", "stakeholder")) {
      assertTrue(r.body().get("facets").get(f).size() > 0, f + " facet is empty: " + r.body().get("facets"));
    }
    assertTrue(facetCount(r, "topic", "access_connectivity") > 0);
    assertTrue(facetCount(r, "stakeholder", "civil_society") > 0, "Paloma Quiroga from DiploFoundation, Adaeze from the Web Foundation");
    assertEquals(1, facetCount(r, "organization", "World Wide Web Foundation"), r.body().get("facets").get("organization").toString());
    assertEquals(1, facetCount(r, "organization", "Multistakeholder Advisory Group"), "'The MAG' normalised by the alias table");
  }

  @Test
  void recommendationsAreSearchableAndFilteredByActorAndTheme() throws Exception {
    Reply all = get("/api/recommendations?size=50");
    assertEquals(200, all.status());
    assertTrue(all.body().get("total").asInt() >= 4, all.body().toString());
    assertEquals("recommendation", all.body().get("unit").asText());
    Reply gov = get("/api/recommendations?actor=government&theme=data");
    assertTrue(gov.body().get("total").asInt() >= 1);
    for (JsonNode h : hits(gov)) {
      assertTrue(StreamSupport.stream(h.get("actors").spliterator(), false).anyMatch(a -> a.asText().equals("government")));
      assertTrue(StreamSupport.stream(h.get("themes").spliterator(), false).anyMatch(a -> a.asText().equals("data")));
      assertNotNull(h.get("passageId").asText(), "provenance: the passage");
      assertEquals(2020, h.get("year").asInt());
    }
    JsonNode first = hits(gov).get(0);
    assertTrue(first.get("snippet").asText().contains("Governments need to revise"), first.toString());
    assertTrue(facetCount(all, "actor", "private_sector") >= 1);
    Reply q = get("/api/recommendations?q=" + enc("data literacy"));
    assertEquals(1, q.body().get("total").asInt());
    assertTrue(hits(q).get(0).get("snippet").asText().contains("<mark>"));
    double previous = 1;
    for (JsonNode h : hits(all)) {
      double s = h.get("strength").asDouble();
      assertTrue(s > 0 && s <= previous, "strongest first by default: " + s + " after " + previous);
      previous = s;
    }
    Reply strong = get("/api/recommendations?minStrength=0.8&size=50");
    assertTrue(strong.body().get("total").asInt() < all.body().get("total").asInt(), "minStrength filters");
    for (JsonNode h : hits(strong)) assertTrue(h.get("strength").asDouble() >= 0.8, h.toString());
    assertEquals(400, get("/api/recommendations?minStrength=7").status());
    assertEquals(400, get("/api/recommendations?minStrength=strong").status());
    Reply byYear = get("/api/recommendations?sort=year_asc&size=50");
    int prev = 0;
    for (JsonNode h : hits(byYear)) {
      int y = h.get("year").asInt();
      assertTrue(y >= prev, "sorted by year");
      prev = y;
    }
  }

  @Test
  void pagingIsConsistent() throws Exception {
    Reply p1 = get("/api/search?q=*:*&size=5&page=1");
    Reply p2 = get("/api/search?q=*:*&size=5&page=2");
    assertEquals(5, hits(p1).size());
    assertEquals(p1.body().get("total"), p2.body().get("total"));
    Set<String> ids = new HashSet<>();
    hits(p1).forEach(h -> ids.add(h.get("passageId").asText()));
    hits(p2).forEach(h -> assertTrue(ids.add(h.get("passageId").asText()), "pages overlap"));
    assertEquals(FixtureServer.FIXTURES.summary.passagesInIndex(), p1.body().get("total").asInt());
  }

  @Test
  void badRequestsAreProblemJsonWithAReason() throws Exception {
    for (String bad : List.of("/api/search?q=" + enc("\"unbalanced"), "/api/search?q=" + enc("(digital AND"),
        "/api/search?q=" + enc("*operation"), "/api/search?q=" + enc("nosuchfield:x"), "/api/search?size=1000",
        "/api/search?page=0", "/api/search?page=600&size=100", "/api/search?facets=colour", "/api/search?filter=year",
        "/api/search?unit=chapter", "/api/search?size=abc", "/api/search?q=" + enc("a".repeat(3000)),
        "/api/trends?term=data&measure=ratio", "/api/concordance?q=data&sort=middle")) {
      Reply r = get(bad);
      assertEquals(400, r.status(), bad);
      assertTrue(r.contentType().startsWith("application/problem+json"), bad + " " + r.contentType());
      assertEquals(400, r.body().get("status").asInt());
      assertFalse(r.body().get("detail").asText().isBlank(), bad);
    }
    assertTrue(get("/api/trends?term=data&measure=ratio").body().get("detail").asText().contains("[mentions, documents, per10k, share]"));
    Reply unknown = get("/api/nope");
    assertEquals(404, unknown.status());
    assertTrue(unknown.contentType().startsWith("application/problem+json"));
  }

  @Test
  void aLongDocumentComesInPages() throws Exception {
    String id = hits(get("/api/search?q=" + enc("\"remote hub\""))).get(0).get("docId").asText();
    JsonNode whole = get("/api/documents/" + id).body();
    int count = whole.get("passageCount").asInt();
    assertEquals(count, whole.get("passages").size(), "a short document fits the default page");
    JsonNode page = get("/api/documents/" + id + "?from=2&size=3&q=" + enc("\"remote hub\"")).body();
    assertEquals(count, page.get("passageCount").asInt());
    assertEquals(2, page.get("from").asInt());
    assertEquals(3, page.get("passages").size());
    for (int i = 0; i < 3; i++) assertEquals(2 + i, page.get("passages").get(i).get("ordinal").asInt());
    assertEquals(0, get("/api/documents/" + id + "?from=" + count).body().get("passages").size(), "past the end: an empty page");
    assertEquals(400, get("/api/documents/" + id + "?size=0").status());
    assertEquals(400, get("/api/documents/" + id + "?size=5001").status());
  }

  @Test
  void documentViewListsPassagesInOrderAndMarksHits() throws Exception {
    Reply s = get("/api/search?q=" + enc("\"remote hub\""));
    JsonNode first = hits(s).get(0);
    Reply r = get("/api/documents/" + first.get("docId").asText() + "?q=" + enc("\"remote hub\""));
    assertEquals(200, r.status());
    JsonNode doc = r.body();
    assertEquals(2016, doc.get("year").asInt());
    assertEquals("workshop", doc.get("sessionType").asText());
    assertTrue(doc.get("title").asText().startsWith("IGF 2016 - Day 1 - Room 7 - WS250"));
    JsonNode passages = doc.get("passages");
    int hitsSeen = 0;
    for (int i = 0; i < passages.size(); i++) {
      assertEquals(i, passages.get(i).get("ordinal").asInt());
      if (passages.get(i).get("hit").asBoolean()) {
        hitsSeen++;
        assertTrue(passages.get(i).get("html").asText().contains("<mark>"));
      }
    }
    assertEquals(s.body().get("total").asInt(), hitsSeen);
    assertTrue(StreamSupport.stream(doc.get("speakers").spliterator(), false).anyMatch(n -> n.asText().equals("Paloma Quiroga")));
    assertTrue(StreamSupport.stream(doc.get("evidence").spliterator(), false)
        .anyMatch(e -> e.get("field").asText().equals("sessionType") && e.get("source").asText().equals("sidecar")));
    assertTrue(StreamSupport.stream(doc.get("evidence").spliterator(), false)
        .anyMatch(e -> e.get("field").asText().equals("year") && e.get("source").asText().equals("title.igf-year")
            && e.get("matched").asText().equals("IGF 2016")), "automatic tags carry their rule and matched text");
    assertEquals(404, get("/api/documents/doesnotexist").status());
  }

  @Test
  void documentContentNeverReachesTheClientAsMarkup() throws Exception {
    Reply r = get("/api/search?q=" + enc("\"digital cooperation\"") + "&filter=year:2021&size=50");
    assertTrue(hits(r).size() >= 2);
    for (JsonNode h : hits(r)) {
      String snippet = h.get("snippet").asText();
      assertFalse(snippet.contains("<script") || snippet.contains("<b>") || snippet.contains("<img"), snippet);
    }
    String id = hits(r).get(0).get("docId").asText();
    for (JsonNode p : get("/api/documents/" + id + "?q=digital").body().get("passages")) {
      String html = p.get("html").asText().replace("<mark>", "").replace("</mark>", "");
      assertFalse(html.contains("<"), html);
    }
  }

  @Test
  void openApiDescribesEveryEndpoint() throws Exception {
    Reply r = get("/api/openapi.json");
    assertEquals(200, r.status());
    for (String path : List.of("/api/health", "/api/search", "/api/documents/{docId}", "/api/recommendations", "/api/taxonomy",
        "/api/topics", "/api/trends", "/api/nri/priorities", "/api/concordance", "/api/keywords", "/api/facets/{field}",
        "/api/openapi.json")) {
      assertTrue(r.body().get("paths").has(path), path);
    }
  }

  @Test
  void responsesCarryAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(FixtureServer.url("/api/health"))).build(),
        HttpResponse.BodyHandlers.ofString());
    String csp = r.headers().firstValue("content-security-policy").orElse("");
    assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
    assertTrue(r.headers().firstValue("access-control-allow-origin").isEmpty(), "CORS is off");
  }

  @Test
  void extremeNumbersAreA4xxWithinASecondOnEveryEndpoint() throws Exception {
    List<String> extremes = List.of("2147483647", "-2147483648", "2147483600", "99999999999999999999", "-1", "0", "1e308", "NaN", "0x10");
    List<String> urls = new java.util.ArrayList<>();
    for (String x : extremes) {
      urls.add("/api/search?q=internet&page=" + x);
      urls.add("/api/search?q=internet&size=" + x);
      urls.add("/api/recommendations?minStrength=" + x + "&page=" + x);
      urls.add("/api/trends?term=internet&from=2147483600&to=" + x);
      urls.add("/api/trends?term=internet&from=" + x);
      urls.add("/api/nri/priorities?year=" + x + "&top=" + x);
      urls.add("/api/concordance?q=internet&width=" + x + "&size=" + x);
      urls.add("/api/keywords?filter=year:2019&top=" + x);
      urls.add("/api/facets/speaker?offset=" + x + "&size=" + x);
      urls.add("/api/documents/" + x);
      urls.add("/api/recommendations?q=should&size=" + x);
      urls.add("/api/trends?topic=cybersecurity&measure=share&to=" + x);
    }
    get("/api/health"); // the fixture server is built on first use: not part of any answer's time
    int checked = 0;
    for (String u : urls) {
      long t0 = System.nanoTime();
      Reply r = get(u);
      double ms = (System.nanoTime() - t0) / 1e6;
      assertTrue(ms < 1000, u + " answered in " + ms + " ms");
      // "0" and "-1" are valid for some parameters (offset=0): those may answer 200; nothing may be a 5xx
      assertTrue(r.status() < 500, u + " -> " + r.status() + " " + r.body());
      if (!u.endsWith("=0") && !u.contains("offset=0") && !u.contains("size=0")) {
        assertTrue(r.status() >= 400, u + " -> " + r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), u);
      }
      checked++;
    }
    assertTrue(checked >= 100, "requests checked: " + checked);
    Reply unknown = get("/api/documents/no-such-id");
    assertEquals(404, unknown.status());
    assertTrue(unknown.body().get("detail").asText().contains("no document"), unknown.body().toString());
  }
}
