package org.igfatlas.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.igfatlas.cli.LocalSolrCloud;
import org.igfatlas.http.RunningApi;
import org.igfatlas.schema.Resources;
import org.igfatlas.solr.Params;
import org.igfatlas.solr.SolrClient;
import org.igfatlas.testing.FixtureCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The distributed backend answers as the embedded one. A 2-node local SolrCloud is started with the launcher
 * ({@code igf solr start --nodes 2}, its own JVM), the fixture corpus is indexed into a collection of 2 shards with
 * 2 replicas each through {@code igf index --solr}, and every request below is asked of the API over the embedded
 * index and over the collection: totals, facet counts (multi-select included), trends, NRI priorities,
 * recommendations, concordance, facet browsing and the reader must be the same. Then one node is stopped and the
 * same requests must still answer, completely, from the replicas on the other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudIT {
  static final String COLLECTION = "fixtures";
  static Path dir;
  static FixtureCorpus fixtures;
  static LocalSolrCloud cloud;
  static LocalSolrCloud.Cluster cluster;
  static RunningApi embedded;
  static RunningApi solr;

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createTempDirectory("igf-solrcloud-it");
    fixtures = FixtureCorpus.build(dir);
    String started = launcher("solr", "start", "--nodes", "2", "--dir", dir.resolve("cloud").toString(), "--heap", "1g");
    assertTrue(started.contains("SolrCloud started: 2 nodes"), started);
    cloud = new LocalSolrCloud(dir.resolve("cloud"));
    cluster = cloud.running().orElseThrow();
    String indexed = launcher("index", fixtures.corpus.toString(), "--solr", cluster.spec(), "--collection", COLLECTION,
        "--shards", "2", "--replicas", "2", "--index", dir.resolve("solr-index").toString(), "--no-progress");
    assertTrue(indexed.contains("Indexed 4 of 4 files into solr:" + COLLECTION), indexed);
    embedded = RunningApi.start(fixtures.index);
    solr = RunningApi.start(SolrBackend.open(cluster.spec(), COLLECTION));
  }

  @AfterAll
  static void stop() throws Exception {
    if (solr != null) solr.close();
    if (embedded != null) embedded.close();
    if (cloud != null) cloud.stop();
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  /** Runs {@code ./igf ARGS} as a user would; returns its output, which must end with exit status 0. */
  static String launcher(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of("..", "igf").toAbsolutePath().normalize().toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("IGF_JAVA_OPTS", "-Xmx1g");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(15, TimeUnit.MINUTES), "igf " + String.join(" ", args) + " did not end");
    assertEquals(0, p.exitValue(), "igf " + String.join(" ", args) + ":\n" + out);
    return out;
  }

  /** Requests whose answers must be the same from both backends. */
  static Stream<String> requests() {
    return Stream.of(
        "/api/search?q=",
        "/api/search?q=digital%20cooperation",
        "/api/search?q=-cooperation",
        "/api/search?q=%22digital%20cooperation%22&size=100",
        "/api/search?q=data&unit=document",
        "/api/search?q=&filter=docKind:transcript&facets=docKind,year,speaker,person",
        "/api/search?q=&filter=docKind:transcript&filter=docKind:session_report&facets=docKind,sessionType",
        "/api/search?q=&filter=year:2020&filter=docKind:session_report&facets=year,docKind,topic",
        "/api/search?q=trust&unit=document&facets=docKind,year,organization,country",
        "/api/recommendations",
        "/api/recommendations?q=governments&minStrength=0.5",
        "/api/trends?term=data&topic=data_governance&topic=cybersecurity",
        "/api/trends?term=cooperation&measure=documents&split=docKind",
        "/api/trends?term=%22digital%20cooperation%22&measure=per10k",
        "/api/trends?topic=data_governance&measure=share&filter=docKind:session_report",
        "/api/nri/priorities",
        "/api/nri/priorities?compare=global",
        "/api/concordance?q=cooperation&size=200",
        "/api/facets/speaker?size=100",
        "/api/facets/organization?unit=document&size=100",
        "/api/documents/" + firstDocument() + "?q=cooperation");
  }

  static String firstDocument() {
    try {
      return embedded.get("/api/search?q=cooperation&unit=document&size=1").path("hits").get(0).path("docId").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Order(1)
  @ParameterizedTest
  @MethodSource("requests")
  void sameAnswersFromBothBackends(String request) throws Exception {
    assertSame(request);
  }

  @Order(2)
  @Test
  void theFixturesAreThereAndHealthNamesTheNodes() throws Exception {
    JsonNode e = embedded.get("/api/health");
    JsonNode s = solr.get("/api/health");
    assertTrue(e.path("passages").asLong() > 20, e.toString());
    assertEquals(e.path("documents").asLong(), s.path("documents").asLong());
    assertEquals(e.path("passages").asLong(), s.path("passages").asLong());
    assertEquals("solrcloud", s.path("backend").asText());
    assertEquals(2, s.path("nodes").size(), s.toString());
    assertTrue(embedded.get("/api/recommendations").path("total").asLong() > 0, "the fixtures hold recommendations");
  }

  @Order(3)
  @Test
  void theCollectionHasTwoShardsOfTwoReplicasOnDifferentNodes() {
    try (SolrClient c = SolrClient.connect(cluster.spec())) {
      JsonNode shards = c.get("/admin/collections", Params.of("action", "CLUSTERSTATUS", "collection", COLLECTION))
          .path("cluster").path("collections").path(COLLECTION).path("shards");
      assertEquals(2, shards.size(), shards.toString());
      for (JsonNode shard : shards) {
        List<String> nodes = new ArrayList<>();
        shard.path("replicas").forEach(r -> nodes.add(r.path("node_name").asText()));
        assertEquals(2, nodes.size(), shard.toString());
        assertEquals(2, nodes.stream().distinct().count(), "the replicas of a shard sit on different nodes: " + nodes);
      }
    }
  }

  @Order(4)
  @Test
  void methodSaysWhatSolrCloudCounted() throws Exception {
    assertTrue(solr.get("/api/trends?topic=data_governance").path("method").asText().contains("SolrCloud"));
    assertTrue(solr.get("/api/trends?term=%22digital%20cooperation%22").path("method").asText().contains("passages that match"));
    assertTrue(solr.get("/api/keywords?filter=docKind:transcript").path("method").asText().contains("passages holding each word"));
  }

  @Order(5)
  @Test
  void withOneNodeStoppedEveryAnswerIsStillComplete() throws Exception {
    cloud.stopNode(2);
    assertEquals(1, solr.get("/api/health").path("nodes").size(), "health lists the live nodes");
    for (String request : requests().toList()) assertSame(request);
    // and computed afresh, not from the analytics cache: a new server, whose node list still names the stopped node
    solr.close();
    solr = RunningApi.start(SolrBackend.open(cluster.spec(), COLLECTION));
    for (String request : requests().toList()) assertSame(request);
  }

  private static void assertSame(String request) throws Exception {
    JsonNode e = comparable(embedded.get(request));
    JsonNode s = comparable(solr.get(request));
    assertEquals(e.toPrettyString(), s.toPrettyString(), request);
  }

  /**
   * What must agree: everything but timings, index versions, methods (which name the backend), relevance scores and
   * snippets; hits as the sorted list of their ids when the page holds every result (ties in score may order
   * differently), as their number otherwise; a document hit's best passages in their order.
   */
  static JsonNode comparable(JsonNode answer) {
    ObjectNode o = answer.deepCopy();
    for (String f : List.of("tookMs", "indexVersion", "method", "groups")) o.remove(f);
    if (o.has("hits")) {
      ArrayNode ids = Resources.JSON.createArrayNode();
      List<String> sorted = new ArrayList<>();
      o.path("hits").forEach(h -> sorted.add(h.path("passageId").asText(h.path("docId").asText())));
      sorted.sort(null);
      sorted.forEach(ids::add);
      // a document hit's best passages, in their order (relevance, then passage order): per document
      ObjectNode best = Resources.JSON.createObjectNode();
      o.path("hits").forEach(h -> {
        if (h.path("passages").isArray()) {
          ArrayNode p = best.putArray(h.path("docId").asText());
          h.path("passages").forEach(x -> p.add(x.path("passageId").asText()));
        }
      });
      o.set("hits", o.path("total").asLong() <= o.path("hits").size() ? ids : Resources.JSON.getNodeFactory().numberNode(sorted.size()));
      if (!best.isEmpty()) o.set("bestPassages", best);
    }
    return o;
  }
}
