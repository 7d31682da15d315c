package org.igfatlas.bench;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.igfatlas.extract.Extractor;
import org.igfatlas.http.ApiServer;
import org.igfatlas.index.CorpusIndexer;
import org.igfatlas.index.IndexSummary;
import org.igfatlas.index.TextStats;
import org.igfatlas.nlp.NlpMode;
import org.igfatlas.search.AtlasSearcher;
import org.igfatlas.structure.DocumentStructurer;
import org.igfatlas.structure.Passage;

/**
 * One benchmark run of one corpus size: indexing per stage against a plain Lucene baseline on the same passages,
 * unchanged re-index, server start-up and heap, and the query mix over HTTP with 1 and 8 clients.
 */
public final class BenchRun {
  public static final Map<String, Integer> SIZES = Map.of("XS", 100, "S", 1_000, "M", 10_000);

  private final Path work;
  private final Path realDocuments;
  private final PrintStream out;

  public BenchRun(Path work, Path realDocuments, PrintStream out) {
    this.work = work;
    this.realDocuments = realDocuments;
    this.out = out;
  }

  /** The synthetic corpus of {@code size} and {@code seed} under {@code work}, generated on first use. */
  static Path corpus(Path work, Path realDocuments, String size, long seed, PrintStream out) throws java.io.IOException {
    if (!SIZES.containsKey(size)) throw new IllegalArgumentException("size must be XS, S or M");
    Path corpus = work.resolve(size + "-seed" + seed);
    if (!Files.exists(corpus.resolve(".complete"))) {
      long t = System.nanoTime();
      long chars = new CorpusGenerator(realDocuments).generate(SIZES.get(size), seed, corpus);
      Files.writeString(corpus.resolve(".complete"), Long.toString(chars));
      out.printf("generated %,d documents (%,.1f MB) in %.1f s into %s%n", SIZES.get(size), chars / 1e6, (System.nanoTime() - t) / 1e9, corpus);
    }
    return corpus;
  }

  public Map<String, Object> run(String size, long seed, NlpMode nlp, int rounds) throws Exception {
    int docs = SIZES.get(size);
    Path corpus = corpus(work, realDocuments, size, seed, out);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("size", size);
    r.put("documents", docs);
    r.put("nlp", nlp.name().toLowerCase());
    r.put("cores", Runtime.getRuntime().availableProcessors());
    r.put("jdk", System.getProperty("java.version"));
    r.put("maxHeapMB", Runtime.getRuntime().maxMemory() >> 20);

    // --- the passages, structured once (untimed), for the baseline and the token count
    List<String> passages = new ArrayList<>();
    long bytes = 0;
    try (Extractor ex = new Extractor()) { // the files and stages indexing sees, up to the passages
      org.igfatlas.pipeline.DocumentPipeline pipeline = org.igfatlas.pipeline.DocumentPipeline.passages(ex, new DocumentStructurer());
      for (Path f : org.igfatlas.index.CorpusIndexer.collect(List.of(corpus), new ArrayList<>())) {
        bytes += Files.size(f);
        for (Passage p : pipeline.run(f).structure().passages()) passages.add(p.text());
      }
    }
    long tokens = passages.stream().mapToLong(TextStats::countTokens).sum();
    r.put("passages", passages.size());
    r.put("tokens", tokens);
    r.put("MB", round(bytes / 1e6));

    // --- IGF Atlas indexing
    Path index = work.resolve(size + "-index-" + nlp.name().toLowerCase());
    deleteTree(index);
    deleteTree(index.resolveSibling(index.getFileName() + ".nlp-cache"));
    CorpusIndexer indexer = new CorpusIndexer(CorpusIndexer.Options.defaults().withNlp(nlp));
    IndexSummary first = indexer.index(List.of(corpus), index, null);
    double secs = first.elapsedMillis() / 1000.0;
    r.put("index_s", round(secs));
    r.put("index_MB_per_s", round(bytes / 1e6 / secs));
    r.put("index_docs_per_s", round(first.indexed() / secs));
    r.put("index_tokens_per_s", Math.round(tokens / secs));
    Map<String, Object> stages = new LinkedHashMap<>();
    first.stageMillis().forEach((k, v) -> stages.put(k + "_s_thread", round(v / 1000.0)));
    r.put("stages", stages);

    // --- plain Lucene baseline on the same passages
    Path base = work.resolve(size + "-baseline");
    deleteTree(base);
    double baseSecs = IndexBaseline.index(passages, base, Runtime.getRuntime().availableProcessors());
    passages = null; // the baseline's input (the whole corpus as strings) must not count in the server's heap below
    r.put("baseline_s", round(baseSecs));
    r.put("baseline_MB_per_s", round(bytes / 1e6 / baseSecs));
    r.put("index_vs_baseline", round(baseSecs / secs));

    // --- unchanged re-index
    IndexSummary again = indexer.index(List.of(corpus), index, null);
    r.put("reindex_unchanged_s", round(again.elapsedMillis() / 1000.0));
    r.put("reindex_speedup", round(first.elapsedMillis() / (double) Math.max(1, again.elapsedMillis())));

    // --- server start-up on the existing index, first answer
    System.gc();
    long t0 = System.nanoTime();
    AtlasSearcher searcher = new AtlasSearcher(index);
    Javalin app = new ApiServer(searcher).create(null).start("127.0.0.1", 0);
    String url = "http://127.0.0.1:" + app.port();
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
    r.put("startup_ms", Math.round((System.nanoTime() - t0) / 1e6));
    try {
      QueryLoad load = new QueryLoad(url);
      List<QueryLoad.Query> mix = QueryLoad.standardMix();
      QueryLoad.Result warm = load.run(mix, 2, 3, 120); // warm-up: JIT, caches of the first answers
      r.put("warmup_errors", warm.errors());
      // cold-cache figures matter for analytics: vary the years so trends and keyness are not all cache hits
      QueryLoad.Result one = load.run(mix, 1, rounds, 600);
      QueryLoad.Result eight = load.run(mix, 8, rounds, 600);
      r.put("queries_1_client", one);
      r.put("queries_8_clients", eight);
      System.gc();
      var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage(); // server + benchmark client, after a GC
      r.put("heap_used_after_warmup_MB", heap.getUsed() >> 20);
    } finally {
      app.stop();
      searcher.close();
    }
    print(r);
    return r;
  }

  private void print(Map<String, Object> r) {
    out.printf("%n== size %s: %,d documents, %,d passages, %,d tokens, %.1f MB, nlp %s, %s cores, JDK %s ==%n", r.get("size"),
        r.get("documents"), r.get("passages"), r.get("tokens"), r.get("MB"), r.get("nlp"), r.get("cores"), r.get("jdk"));
    out.printf("indexing: %.1f s, %.2f MB/s, %.1f docs/s, %,d tokens/s; stages (s, summed over threads) %s%n", r.get("index_s"),
        r.get("index_MB_per_s"), r.get("index_docs_per_s"), r.get("index_tokens_per_s"), r.get("stages"));
    out.printf("plain Lucene baseline: %.1f s, %.2f MB/s -> IGF Atlas at %.2fx the baseline's throughput%n", r.get("baseline_s"),
        r.get("baseline_MB_per_s"), r.get("index_vs_baseline"));
    out.printf("unchanged re-index: %.2f s (%.0fx faster)%n", r.get("reindex_unchanged_s"), r.get("reindex_speedup"));
    out.printf("server start-up on the index: %d ms; heap used after warm-up %d MB (max %d MB)%n", r.get("startup_ms"),
        r.get("heap_used_after_warmup_MB"), r.get("maxHeapMB"));
    for (String k : List.of("queries_1_client", "queries_8_clients")) {
      QueryLoad.Result q = (QueryLoad.Result) r.get(k);
      out.printf("%n%s: %,d requests in %.1f s, %.1f QPS, %d errors%n", k, q.requests(), q.seconds(), q.qps(), q.errors());
      out.printf("  %-20s %8s %8s %8s %8s%n", "query", "p50 ms", "p95 ms", "p99 ms", "max ms");
      List<QueryLoad.Stats> rows = new ArrayList<>(q.perQuery());
      rows.add(q.overall());
      for (QueryLoad.Stats s : rows) out.printf("  %-20s %8.1f %8.1f %8.1f %8.1f%n", s.name(), s.p50(), s.p95(), s.p99(), s.max());
    }
  }

  static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }

  static void deleteTree(Path p) throws java.io.IOException {
    if (!Files.exists(p)) return;
    try (var s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
    }
  }
}
