package org.igfatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.igfatlas.solr.Configset;
import org.igfatlas.solr.SolrClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writing to a collection whose updates fail: retried, then the run stops, and no later batch is sent malformed. */
class SolrIndexWriterTest {
  HttpServer solr;
  final AtomicInteger updates = new AtomicInteger();
  volatile int updateStatus = 500;
  volatile String lastUpdate;

  @BeforeEach
  void start() throws IOException {
    solr = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String cluster = "{\"cluster\":{\"live_nodes\":[],\"collections\":{\"igf\":{\"configName\":\"" + Configset.name("igf") + "\"}}},"
        + "\"collections\":[\"igf\"]}";
    solr.createContext("/solr/admin/collections", x -> answer(x, 200, cluster));
    solr.createContext("/solr/igf/select", x -> answer(x, 200, "{\"response\":{\"numFound\":0,\"docs\":[]},\"nextCursorMark\":\"*\"}"));
    solr.createContext("/solr/igf/update", x -> {
      updates.incrementAndGet();
      lastUpdate = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      answer(x, updateStatus, "{\"error\":{\"msg\":\"the shard is not ready\"}}");
    });
    solr.start();
  }

  @AfterEach
  void stop() {
    solr.stop(0);
  }

  private static void answer(HttpExchange x, int status, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    x.sendResponseHeaders(status, b.length);
    x.getResponseBody().write(b);
    x.close();
  }

  private SolrIndexWriter open() throws IOException {
    SolrClient client = SolrClient.connect("http://127.0.0.1:" + solr.getAddress().getPort() + "/solr");
    return SolrIndexWriter.open(client, "igf", 2, 2, new long[] {1, 1});
  }

  @Test
  void aBatchTheCollectionDoesNotTakeIsRetriedThenStopsTheRun() throws IOException {
    SolrIndexWriter w = open();
    w.known();
    w.writeAlias("d1", "d0", "a.pdf", "a.pdf", "hash", "p1");
    IOException e = assertThrows(IOException.class, w::commit);
    assertEquals(3, updates.get(), "the first attempt and two retries");
    assertTrue(e.getMessage().contains("the shard is not ready"), e.getMessage());
    assertSame(e, w.tragedy(), "the indexer sees the failure and stops");
    assertThrows(IOException.class, () -> w.writeAlias("d2", "d0", "b.pdf", "b.pdf", "hash", "p1"));
    w.close();
    assertEquals(3, updates.get(), "nothing more is sent after the failure");
  }

  @Test
  void aRefusedDocumentIsNotRetriedAndAWorkingCollectionGetsWellFormedBatches() throws IOException {
    updateStatus = 400;
    SolrIndexWriter w = open();
    w.writeAlias("d1", "d0", "a.pdf", "a.pdf", "hash", "p1");
    assertThrows(IOException.class, w::commit);
    assertEquals(1, updates.get(), "a 400 does not get better by sending it again");
    updateStatus = 200;
    SolrIndexWriter ok = open();
    assertNull(ok.tragedy());
    ok.writeAlias("d1", "d0", "a.pdf", "a.pdf", "hash", "p1");
    ok.writeAlias("d2", "d0", "b.pdf", "b.pdf", "hash", "p1");
    ok.commit();
    assertNotNull(lastUpdate);
    assertEquals("{}", lastUpdate, "the commit's own request");
    assertEquals(3, updates.get(), "one batch of both aliases, then the commit");
  }
}
