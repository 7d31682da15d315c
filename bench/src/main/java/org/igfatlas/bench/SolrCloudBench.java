package org.igfatlas.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.igfatlas.backend.Backend;
import org.igfatlas.backend.LuceneBackend;
import org.igfatlas.backend.SolrBackend;
import org.igfatlas.cli.LocalSolrCloud;
import org.igfatlas.http.ApiServer;
import org.igfatlas.index.CorpusIndexer;
import org.igfatlas.index.IndexSummary;
import org.igfatlas.index.SolrIndexWriter;
import org.igfatlas.nlp.NlpMode;
import org.igfatlas.solr.SolrClient;

/**
 * {@code igf bench solrcloud}: one synthetic corpus indexed into the embedded index and into a collection of a local
 * 2-node SolrCloud (2 shards, one replica each, the cluster in its own JVM), with the same pipeline, then the same
 * query mix sent to the API over each backend at 1 and 8 clients, all in one run on this machine.
 */
final class SolrCloudBench {
  private final Path work;
  private final PrintStream out;

  SolrCloudBench(Path work, PrintStream out) {
    this.work = work;
    this.out = out;
  }

  Map<String, Object> run(String size, long seed, NlpMode nlp, int rounds, String heap, String classPath) throws Exception {
    Map<String, Object> r = new LinkedHashMap<>();
    Path corpus = BenchRun.corpus(work, Path.of("corpus"), size, seed, out);
    CorpusIndexer.Options o = CorpusIndexer.Options.defaults().withNlp(nlp).withForce(true);
    Path index = work.resolve("solrcloud-" + size + "-embedded");
    BenchRun.deleteTree(index);
    BenchRun.deleteTree(index.resolveSibling(index.getFileName() + ".nlp-cache"));
    IndexSummary embedded = new CorpusIndexer(o).index(List.of(corpus), index, null);
    out.printf("embedded index: %,d documents, %,d passages in %.1f s%n", embedded.documentsInIndex(), embedded.passagesInIndex(),
        embedded.elapsedMillis() / 1000.0);
    r.put("size", size);
    r.put("documents", embedded.documentsInIndex());
    r.put("passages", embedded.passagesInIndex());
    r.put("embedded_index_s", embedded.elapsedMillis() / 1000.0);

    Path clusterDir = work.resolve("solrcloud-" + size + "-cluster");
    LocalSolrCloud cloud = new LocalSolrCloud(clusterDir);
    cloud.stop();
    BenchRun.deleteTree(clusterDir);
    LocalSolrCloud.Cluster cluster = cloud.start(2, classPath, heap);
    try {
      Path cache = work.resolve("solrcloud-" + size + "-solr");
      BenchRun.deleteTree(cache.resolveSibling(cache.getFileName() + ".nlp-cache"));
      IndexSummary solr;
      try (SolrClient client = SolrClient.connect(cluster.spec())) {
        solr = new CorpusIndexer(o).index(List.of(corpus), cache, () -> SolrIndexWriter.open(client, "bench", 2, 1), null);
      }
      out.printf("SolrCloud (2 nodes, 2 shards): %,d documents, %,d passages in %.1f s%n", solr.documentsInIndex(),
          solr.passagesInIndex(), solr.elapsedMillis() / 1000.0);
      r.put("solrcloud_index_s", solr.elapsedMillis() / 1000.0);
      r.put("index_ratio", Math.round(solr.elapsedMillis() * 100.0 / embedded.elapsedMillis()) / 100.0);
      try (Backend lucene = LuceneBackend.open(index); Backend cloudBackend = SolrBackend.open(cluster.spec(), "bench")) {
        for (int clients : new int[] {1, 8}) {
          QueryLoad.Result a = load(lucene, clients, rounds);
          QueryLoad.Result b = load(cloudBackend, clients, rounds);
          r.put("embedded_" + clients, a);
          r.put("solrcloud_" + clients, b);
          out.printf("%d client(s): embedded %.0f QPS, SolrCloud %.0f QPS (%.2fx)%n", clients, a.qps(), b.qps(), b.qps() / a.qps());
          for (int i = 0; i < a.perQuery().size(); i++) {
            QueryLoad.Stats x = a.perQuery().get(i);
            QueryLoad.Stats y = b.perQuery().get(i);
            out.printf("  %-20s p50 %7.1f ms vs %7.1f ms (%.1fx)   p95 %7.1f vs %7.1f   errors %d / %d%n", x.name(), x.p50(), y.p50(),
                y.p50() / Math.max(0.01, x.p50()), x.p95(), y.p95(), x.errors(), y.errors());
          }
        }
      }
    } finally {
      cloud.stop();
    }
    return r;
  }

  /** The standard mix against the API over {@code backend}, on a random loopback port; one warm-up pass first. */
  private static QueryLoad.Result load(Backend backend, int clients, int rounds) throws Exception {
    var app = new ApiServer(backend).create(null).start("127.0.0.1", 0);
    try {
      QueryLoad load = new QueryLoad("http://127.0.0.1:" + app.port());
      load.run(QueryLoad.standardMix(), 1, 1, 600);
      return load.run(QueryLoad.standardMix(), clients, rounds, 600, 1_000);
    } finally {
      app.stop();
    }
  }
}
