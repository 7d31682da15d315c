package org.igfatlas.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The JSON client: node URLs, failover to a node that answers, errors that say what happened. */
class SolrClientTest {
  @Test
  void jettyAndSolrJAreNotOnTheClassPath() {
    // the reason for this client: SolrJ 9's Jetty 10 cannot share a class path with Javalin's Jetty 12
    for (String c : new String[] {"org.apache.solr.client.solrj.SolrClient", "org.eclipse.jetty.client.HttpClient",
        "org.eclipse.jetty.server.Server"}) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(c), c);
    }
  }

  @Test
  void nodeNamesOfTheClusterStateBecomeUrls() {
    assertEquals("http://127.0.0.1:8983/solr", SolrClient.nodeUrl("127.0.0.1:8983_solr"));
    assertEquals("http://10.0.0.5:7574/solr", SolrClient.nodeUrl("10.0.0.5:7574_solr"));
  }

  @Test
  void aZooKeeperAddressOrAMissingUrlIsRefusedWithTheReason() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SolrClient.connect("zk:127.0.0.1:2181/solr"));
    assertTrue(e.getMessage().contains("node URL"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SolrClient.connect("localhost:8983"));
    assertThrows(IllegalArgumentException.class, () -> SolrClient.connect(" , "));
  }

  @Test
  void aNodeThatDoesNotAnswerIsSkippedAndAnErrorSaysWhichWereTried() throws Exception {
    int dead;
    try (ServerSocket s = new ServerSocket(0)) {
      dead = s.getLocalPort();
    }
    AtomicInteger calls = new AtomicInteger();
    HttpServer live = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    live.createContext("/solr/igf/select", x -> {
      calls.incrementAndGet();
      byte[] body = "{\"response\":{\"numFound\":7,\"docs\":[]}}".getBytes(StandardCharsets.UTF_8);
      x.sendResponseHeaders(200, body.length);
      x.getResponseBody().write(body);
      x.close();
    });
    live.createContext("/solr/igf/broken", x -> {
      byte[] body = "{\"error\":{\"msg\":\"undefined field foo\"}}".getBytes(StandardCharsets.UTF_8);
      x.sendResponseHeaders(400, body.length);
      x.getResponseBody().write(body);
      x.close();
    });
    live.start();
    try (SolrClient c = SolrClient.connect("http://127.0.0.1:" + dead + "/solr,http://127.0.0.1:" + live.getAddress().getPort() + "/solr")) {
      assertEquals(7, c.select("igf", Params.of("q", "*:*")).path("response").path("numFound").asInt());
      assertEquals(1, calls.get());
      assertTrue(c.nodes().get(0).contains(":" + live.getAddress().getPort()), "the node that answered is asked first next time");
      SolrException bad = assertThrows(SolrException.class, () -> c.get("/igf/broken", Params.of()));
      assertEquals(400, bad.status());
      assertTrue(bad.getMessage().contains("undefined field foo"), bad.getMessage());
    } finally {
      live.stop(0);
    }
    try (SolrClient c = SolrClient.connect("http://127.0.0.1:" + dead + "/solr")) {
      SolrException down = assertThrows(SolrException.class, () -> c.select("igf", Params.of("q", "*:*")));
      assertEquals(503, down.status());
      assertTrue(down.getMessage().contains("no Solr node answers") && down.getMessage().contains(":" + dead), down.getMessage());
    }
  }

  @Test
  void parametersAreEncodedAndQuotedValuesEscaped() {
    assertEquals("q=a+b&fq=x%3A%22y%22", Params.of("q", "a b", "fq", "x:\"y\"").encoded());
    assertEquals("\"say \\\"hi\\\" \\\\o/\"", Params.quote("say \"hi\" \\o/"));
  }
}
