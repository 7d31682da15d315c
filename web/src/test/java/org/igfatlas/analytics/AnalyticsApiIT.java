package org.igfatlas.analytics;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.igfatlas.http.RunningApi;
import org.igfatlas.index.TextStats;
import org.igfatlas.nlp.DocumentEnricher;
import org.igfatlas.nlp.Enrichment;
import org.igfatlas.nlp.NlpMode;
import org.igfatlas.structure.DocumentStructurer;
import org.igfatlas.structure.Passage;
import org.igfatlas.structure.StructuredDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analytics over HTTP against counts recomputed here by brute force over the fixture texts: regex counting of the
 * term in each passage, token counts of each passage, and the topic matcher run outside the index.
 */
class AnalyticsApiIT {
  @TempDir
  static Path dir;
  static RunningApi api;

  /** A passage as the brute force sees it. */
  record P(int year, String docKind, String file, String text, Map<String, Integer> topics) {}

  static final List<P> PASSAGES = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    AnalyticsCorpus corpus = AnalyticsCorpus.build(dir);
    api = RunningApi.start(corpus.index);
    DocumentEnricher enricher = new DocumentEnricher(NlpMode.FAST, null);
    for (AnalyticsCorpus.Doc d : AnalyticsCorpus.DOCS) {
      StructuredDocument s = new DocumentStructurer().structure(d.text().strip());
      Enrichment e = enricher.enrich(s, d.file());
      for (int i = 0; i < s.passages().size(); i++) {
        Passage p = s.passages().get(i);
        PASSAGES.add(new P(d.year(), d.docKind(), d.file(), p.text(), e.passages().get(i).topics()));
      }
    }
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  static JsonNode get(String pathAndQuery) throws Exception {
    return api.get(pathAndQuery);
  }

  static String raw(String pathAndQuery) throws Exception {
    return api.send(pathAndQuery).body();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static long occurrences(String text, String phrase) {
    Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(phrase) + "\\b").matcher(text);
    long n = 0;
    while (m.find()) n++;
    return n;
  }

  /** Brute-force figures of a year: mentions, documents with a mention, filtered tokens, filtered documents. */
  record Expected(long mentions, long docs, long tokens, long allDocs) {}

  static Map<Integer, Expected> bruteForce(java.util.function.ToLongFunction<P> count, java.util.function.Predicate<P> filter) {
    Map<Integer, long[]> sums = new TreeMap<>();
    Map<Integer, Set<String>> docs = new HashMap<>();
    Map<Integer, Set<String>> all = new HashMap<>();
    for (P p : PASSAGES) {
      if (!filter.test(p)) continue;
      long[] s = sums.computeIfAbsent(p.year(), y -> new long[2]);
      long n = count.applyAsLong(p);
      s[0] += n;
      s[1] += TextStats.countTokens(p.text());
      all.computeIfAbsent(p.year(), y -> new HashSet<>()).add(p.file());
      if (n > 0) docs.computeIfAbsent(p.year(), y -> new HashSet<>()).add(p.file());
    }
    Map<Integer, Expected> out = new TreeMap<>();
    sums.forEach((y, s) -> out.put(y, new Expected(s[0], docs.getOrDefault(y, Set.of()).size(), s[1], all.get(y).size())));
    return out;
  }

  static void assertSeries(JsonNode series, Map<Integer, Expected> expected, String measure) {
    Map<Integer, JsonNode> points = new HashMap<>();
    for (JsonNode p : series.get("points")) points.put(p.get("year").asInt(), p);
    for (int y = 2018; y <= 2021; y++) {
      assertTrue(points.containsKey(y), "every year appears: " + y);
      Expected e = expected.getOrDefault(y, new Expected(0, 0, 0, 0));
      JsonNode p = points.get(y);
      switch (measure) {
        case "mentions" -> assertEquals(e.mentions(), p.get("count").asLong(), "mentions " + y);
        case "documents" -> {
          assertEquals(e.docs(), p.get("count").asLong(), "documents " + y);
          assertEquals(e.allDocs(), p.get("total").asLong(), "filtered documents " + y);
        }
        case "per10k" -> {
          assertEquals(e.mentions(), p.get("count").asLong(), "mentions " + y);
          assertEquals(e.tokens(), p.get("total").asLong(), "tokens " + y);
          assertEquals(e.tokens() == 0 ? 0 : e.mentions() * 10_000.0 / e.tokens(), p.get("value").asDouble(), 0.001, "per10k " + y);
        }
        case "share" -> {
          assertEquals(e.docs(), p.get("count").asLong());
          assertEquals(e.allDocs() == 0 ? 0 : e.docs() / (double) e.allDocs(), p.get("value").asDouble(), 0.0001, "share " + y);
        }
        default -> fail(measure);
      }
    }
  }

  @Test
  void theCorpusIsTaggedAsTheBruteForceAssumes() throws Exception {
    JsonNode r = get("/api/search?q=*:*&unit=document&size=50&facets=docKind,year");
    for (JsonNode h : r.get("hits")) {
      AnalyticsCorpus.Doc d = AnalyticsCorpus.DOCS.stream().filter(x -> h.get("source").asText().endsWith(x.file())).findFirst().orElseThrow();
      assertEquals(d.year(), h.get("year").asInt(), d.file());
      assertEquals(d.docKind(), h.get("docKind").asText(), d.file());
    }
    assertEquals(AnalyticsCorpus.DOCS.size(), r.get("total").asInt());
  }

  @Test
  void termTrendsMatchBruteForceForEveryMeasureWithAndWithoutFilters() throws Exception {
    String term = "digital cooperation";
    for (String measure : List.of("mentions", "documents", "per10k", "share")) {
      JsonNode all = get("/api/trends?term=" + enc("\"" + term + "\"") + "&by=year&measure=" + measure);
      assertSeries(all.get("series").get(0), bruteForce(p -> occurrences(p.text(), term), p -> true), measure);
      JsonNode transcripts = get("/api/trends?term=" + enc("\"" + term + "\"") + "&measure=" + measure + "&filter=docKind:transcript");
      assertSeries(transcripts.get("series").get(0), bruteForce(p -> occurrences(p.text(), term), p -> p.docKind().equals("transcript")), measure);
    }
    JsonNode r = get("/api/trends?term=" + enc("\"digital cooperation\"") + "&measure=mentions");
    assertEquals("mentions", r.get("measure").asText());
    assertTrue(r.get("method").asText().startsWith("mentions"));
    assertTrue(r.get("indexVersion").asText().startsWith("v"));
    assertEquals(5, r.get("series").get(0).get("sessions").asInt(), "mentions spread over five documents");
  }

  @Test
  void topicTrendsMatchTheTopicMatcherRunOutsideTheIndex() throws Exception {
    for (String measure : List.of("mentions", "documents", "per10k", "share")) {
      JsonNode r = get("/api/trends?topic=cybersecurity&measure=" + measure);
      assertSeries(r.get("series").get(0), bruteForce(p -> p.topics().getOrDefault("cybersecurity", 0), p -> true), measure);
      JsonNode nri = get("/api/trends?topic=cybersecurity&measure=" + measure + "&filter=docKind:nri_report");
      assertSeries(nri.get("series").get(0), bruteForce(p -> p.topics().getOrDefault("cybersecurity", 0), p -> p.docKind().equals("nri_report")), measure);
    }
  }

  @Test
  void splitSeriesAddUpToTheUnsplitSeries() throws Exception {
    JsonNode whole = get("/api/trends?term=" + enc("\"digital cooperation\"") + "&term=cybersecurity&by=year&measure=mentions");
    JsonNode split = get("/api/trends?term=" + enc("\"digital cooperation\"") + "&term=cybersecurity&by=year&split=docKind&measure=mentions");
    for (JsonNode series : whole.get("series")) {
      String term = series.get("term").asText();
      for (JsonNode p : series.get("points")) {
        long sum = 0;
        for (JsonNode s : split.get("series")) {
          if (!s.get("term").asText().equals(term)) continue;
          for (JsonNode q : s.get("points")) if (q.get("year").asInt() == p.get("year").asInt()) sum += q.get("count").asLong();
        }
        assertEquals(p.get("count").asLong(), sum, term + " " + p.get("year"));
      }
    }
    Set<String> values = new HashSet<>();
    split.get("series").forEach(s -> values.add(s.get("splitValue").asText()));
    assertTrue(values.containsAll(Set.of("transcript", "nri_report", "messages", "session_report")), values.toString());
  }

  @Test
  void lowVolumeYearsAreFlaggedAndCsvHasOneRowPerPoint() throws Exception {
    JsonNode r = get("/api/trends?topic=cybersecurity&measure=share");
    for (JsonNode p : r.get("series").get(0).get("points")) {
      // every year of this small corpus has fewer than LOW_TOKENS tokens: all points are flagged
      assertTrue(p.get("lowVolume").asBoolean(), "low volume " + p);
    }
    JsonNode y2018 = r.get("series").get(0).get("points").get(0);
    assertEquals(2018, y2018.get("year").asInt());
    assertTrue(y2018.get("total").asLong() < TrendService.LOW_DOCUMENTS, "one document in 2018");
    String csv = raw("/api/trends?topic=cybersecurity&term=" + enc("\"digital cooperation\"") + "&measure=per10k&format=csv");
    String[] lines = csv.split("\r\n");
    assertEquals("series,term,topic,split,year,count,total,value,lowVolume", lines[0]);
    assertEquals(1 + 2 * 4, lines.length, "2 series x 4 years");
  }

  @Test
  void nriPrioritiesReproduceThePlantedRanking() throws Exception {
    JsonNode r = get("/api/nri/priorities?year=2020&top=5&compare=global");
    assertEquals(5, r.get("nriDocuments").asInt());
    assertEquals(5, r.get("nris").asInt());
    List<String> ranked = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (JsonNode t : r.get("topics")) {
      ranked.add(t.get("topic").asText());
      shares.add(t.get("share").asDouble());
    }
    assertEquals(List.of("cybersecurity", "data_governance", "digital_transformation", "access_connectivity", "emerging_technologies"), ranked);
    assertEquals(List.of(1.0, 0.8, 0.6, 0.4, 0.2), shares);
    JsonNode first = r.get("topics").get(0);
    assertEquals(5, first.get("nris").asInt());
    // the 2020 messages discuss both topics (share 1.0); digital cooperation four times, cybersecurity twice
    assertEquals(2, first.get("globalRank").asInt(), "behind digital cooperation in the global documents");
    assertEquals(1.0, first.get("globalShare").asDouble());
    assertTrue(first.get("mentions").asInt() >= 6, "cybercrime counts for cybersecurity: " + first);
    JsonNode african = get("/api/nri/priorities?year=2020&region=" + enc("African Group"));
    assertEquals(3, african.get("nriDocuments").asInt(), "Kenya, Nigeria, Ghana");
    String csv = raw("/api/nri/priorities?year=2020&format=csv");
    assertTrue(csv.startsWith("rank,topic,label,theme,documents,nriDocuments,share,mentions,nris,globalRank,globalShare\r\n1,cybersecurity,"), csv);
  }

  @Test
  void concordanceHasOneLinePerOccurrenceWithCitations() throws Exception {
    long expected = PASSAGES.stream().mapToLong(p -> occurrences(p.text(), "digital cooperation")).sum();
    JsonNode r = get("/api/concordance?q=" + enc("\"digital cooperation\"") + "&width=30&sort=left");
    assertEquals(expected, r.get("total").asLong());
    String prev = null;
    for (JsonNode l : r.get("lines")) {
      assertEquals("digital cooperation", l.get("match").asText().toLowerCase());
      assertTrue(l.get("left").asText().length() <= 31 && l.get("right").asText().length() <= 31);
      assertFalse(l.get("title").asText().isBlank());
      assertTrue(l.get("passageId").asText().startsWith(l.get("docId").asText()));
      String key = Concordance.reversedWords(l.get("left").asText());
      if (prev != null) assertTrue(prev.compareTo(key) <= 0, "sorted by left context");
      prev = key;
    }
    String csv = raw("/api/concordance?q=cybersecurity&format=csv");
    assertTrue(csv.startsWith("left,match,right,title,year,speaker,docId,passageId\r\n"));
  }

  @Test
  void keywordsOfASubsetAreItsOverRepresentedWordsScoredByLogLikelihood() throws Exception {
    JsonNode r = get("/api/keywords?filter=docKind:nri_report&top=20");
    List<String> words = new ArrayList<>();
    double prev = Double.MAX_VALUE;
    for (JsonNode k : r.get("keywords")) {
      words.add(k.get("term").asText());
      assertTrue(k.get("logLikelihood").asDouble() <= prev);
      prev = k.get("logLikelihood").asDouble();
      assertTrue(k.get("logRatio").asDouble() > 0);
    }
    assertTrue(words.contains("data") && words.contains("cert") && words.contains("governance"), words.toString());
    JsonNode data = r.get("keywords").get(words.indexOf("data"));
    long target = PASSAGES.stream().filter(p -> p.docKind().equals("nri_report")).mapToLong(p -> occurrences(p.text(), "data")).sum();
    assertEquals(target, data.get("target").asLong(), "target count from term vectors = brute force");
    assertFalse(words.contains("the"), "stop words are not keywords");
    assertEquals(400, api.send("/api/keywords").statusCode(), "a subset is required");
  }

  @Test
  void facetValuesAreSearchableAndSortable() throws Exception {
    JsonNode prefix = get("/api/facets/speaker?prefix=am");
    assertEquals(1, prefix.get("totalValues").asInt());
    assertEquals("Amina Bello", prefix.get("values").get(0).get("value").asText());
    JsonNode contains = get("/api/facets/speaker?contains=an&sort=az");
    List<String> names = new ArrayList<>();
    contains.get("values").forEach(v -> names.add(v.get("value").asText()));
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(String.CASE_INSENSITIVE_ORDER);
    assertEquals(sorted, names);
    assertTrue(names.containsAll(List.of("Mei Ling Tan", "Ravi Shankar")), names.toString());
    JsonNode byCount = get("/api/facets/year?unit=document");
    assertEquals("2020", byCount.get("values").get(0).get("value").asText(), "2020 has the most documents");
    // the field's own filter is ignored (its other values stay listed), the others apply
    JsonNode filtered = get("/api/facets/year?unit=document&filter=year:2018&filter=docKind:transcript");
    Map<String, Long> years = new java.util.TreeMap<>();
    filtered.get("values").forEach(v -> years.put(v.get("value").asText(), v.get("count").asLong()));
    Map<Integer, Long> expected = new java.util.TreeMap<>();
    AnalyticsCorpus.DOCS.stream().filter(d -> d.docKind().equals("transcript")).forEach(d -> expected.merge(d.year(), 1L, Long::sum));
    Map<String, Long> expectedYears = new java.util.TreeMap<>();
    expected.forEach((y, n) -> expectedYears.put(y.toString(), n));
    assertEquals(expectedYears, years);
  }
}
