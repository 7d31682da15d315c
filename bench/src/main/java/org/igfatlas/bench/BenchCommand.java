package org.igfatlas.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.igfatlas.extract.Extractor;
import org.igfatlas.index.CorpusIndexer;
import org.igfatlas.index.IndexSummary;
import org.igfatlas.nlp.DocumentEnricher;
import org.igfatlas.nlp.NlpMode;
import org.igfatlas.structure.DocumentStructurer;
import org.igfatlas.structure.Passage;
import org.igfatlas.structure.StructuredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Benchmarks that run outside the test suite and print figures measured against a baseline in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (not part of the test suite).",
    subcommands = {BenchCommand.Nlp.class, BenchCommand.Corpus.class, BenchCommand.Run.class, BenchCommand.Load.class, BenchCommand.SolrCloud.class,
        BenchCommand.Solr.class})
public final class BenchCommand {

  /** {@code igf bench load}: the mixed query set from many concurrent clients for a fixed time, on loopback. */
  @Command(name = "load", mixinStandardHelpOptions = true, description = "Load test: the query mix from N clients for S seconds against a server on this machine.")
  static final class Load implements Callable<Integer> {
    @Option(names = "--index", defaultValue = "data/bench/M-index-off", description = "Index to serve (default: ${DEFAULT-VALUE}; build it with igf bench run --size M)") Path index;
    @Option(names = "--clients", defaultValue = "32") int clients;
    @Option(names = "--seconds", defaultValue = "60") int seconds;
    @Option(names = "--mix", defaultValue = "standard", description = "standard (the benchmark's query mix) or expensive (every request a costly one no cache answers)") String mixName;
    @Option(names = "--request-timeout", defaultValue = "10", description = "The server's per-request time limit in seconds (default: ${DEFAULT-VALUE}, as igf serve)") int requestTimeout;

    /**
     * Passes when every answer is a 200 or the server's 503 ("over its time limit, retry later") and none took longer
     * than the time limit plus one second of grace (the answer is written after the limit fires).
     */
    @Override
    public Integer call() throws Exception {
      try (org.igfatlas.search.AtlasSearcher searcher = new org.igfatlas.search.AtlasSearcher(index)) {
        io.javalin.Javalin app = new org.igfatlas.http.ApiServer(searcher).withRequestTimeout(java.time.Duration.ofSeconds(requestTimeout))
            .create(null).start("127.0.0.1", 0);
        try {
          var h = searcher.health();
          org.igfatlas.bench.QueryLoad load = new org.igfatlas.bench.QueryLoad("http://127.0.0.1:" + app.port());
          var mix = switch (mixName) {
            case "standard" -> org.igfatlas.bench.QueryLoad.standardMix();
            case "expensive" -> org.igfatlas.bench.QueryLoad.expensiveMix();
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--mix is standard or expensive, not " + mixName);
          };
          if (mixName.equals("standard")) load.run(mix, 2, 2, 60); // warm-up; the expensive mix is measured cold
          var r = load.run(mix, clients, Integer.MAX_VALUE, seconds);
          System.out.printf("load (%s mix): %,d documents, %,d passages; %d clients for %.0f s, time limit %d s: %,d requests, %.1f QPS, "
                  + "%d answered 503 (time limit), %d other errors%n",
              mixName, h.documents(), h.passages(), clients, r.seconds(), requestTimeout, r.requests(), r.qps(), r.overall().unavailable(),
              r.overall().failures());
          System.out.printf("  %-20s %8s %8s %8s %8s %8s%n", "query", "p50 ms", "p95 ms", "p99 ms", "max ms", "503");
          List<org.igfatlas.bench.QueryLoad.Stats> rows = new ArrayList<>(r.perQuery());
          rows.add(r.overall());
          for (var s : rows) {
            System.out.printf("  %-20s %8.1f %8.1f %8.1f %8.1f %8d%n", s.name(), s.p50(), s.p95(), s.p99(), s.max(), s.unavailable());
          }
          boolean inTime = r.overall().max() <= requestTimeout * 1000.0 + 1000;
          System.out.println(inTime && r.overall().failures() == 0
              ? "PASS: no answer slower than the time limit, no error other than 503"
              : "FAIL: " + (inTime ? "" : "an answer took " + r.overall().max() + " ms; ") + r.overall().failures() + " errors other than 503");
          return inTime && r.overall().failures() == 0 ? 0 : 1;
        } finally {
          app.stop();
        }
      }
    }
  }

  /**
   * {@code igf bench solr}: IGF Atlas and an Apache Solr node, each in its own JVM, loaded with the same passages and
   * asked the same queries in the same run. The launcher builds the Solr node (module solr) and passes its
   * class path in {@code IGF_SOLR_CP}.
   */
  @Command(name = "solr", mixinStandardHelpOptions = true, description = "IGF Atlas vs Apache Solr on the same passages and queries, each server in its own JVM.")
  static final class Solr implements Callable<Integer> {
    @Option(names = "--index", defaultValue = "data/bench/M-index-off", description = "IGF Atlas index to serve and to load into Solr (default: ${DEFAULT-VALUE}; build it with igf bench run --size M)") Path index;
    @Option(names = "--solr-home", defaultValue = "data/bench/solr-home", description = "Solr's home; its index is reused when it holds the same passages (default: ${DEFAULT-VALUE})") Path solrHome;
    @Option(names = "--heap", defaultValue = "1g", description = "Heap of each server (default: ${DEFAULT-VALUE})") String heap;
    @Option(names = "--rounds", defaultValue = "20", description = "Passes over the mix per client (default: ${DEFAULT-VALUE})") int rounds;
    @Option(names = "--json", description = "Write the results here as JSON") Path json;

    @Override
    public Integer call() throws Exception {
      String cp = System.getenv("IGF_SOLR_CP");
      if (cp == null || cp.isBlank()) {
        System.err.println("igf: the Solr node's class path is not set (IGF_SOLR_CP); run this as ./igf bench solr, which builds solr/");
        return 2;
      }
      if (!org.igfatlas.index.AtlasIndexWriter.isCurrent(index)) {
        System.err.println("igf: no current index at " + index + "; build it with ./igf bench run --size M (or igf index)");
        return 2;
      }
      Map<String, Object> r = new org.igfatlas.bench.SolrPeer(System.out).run(index, solrHome, heap, rounds, cp);
      if (json != null) {
        org.igfatlas.schema.Resources.JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), r);
        System.out.println("wrote " + json);
      }
      return 0;
    }
  }

  /**
   * {@code igf bench solrcloud}: the same corpus in the embedded index and in a 2-node local SolrCloud (2 shards), the
   * same queries to both, in one run. The launcher builds the Solr side (module solr) and passes its class path.
   */
  @Command(name = "solrcloud", mixinStandardHelpOptions = true,
      description = "The embedded index vs a 2-node local SolrCloud (2 shards): indexing time, query latencies and throughput at 1 and 8 clients.")
  static final class SolrCloud implements Callable<Integer> {
    @Option(names = "--size", defaultValue = "M", description = "XS, S or M (default: ${DEFAULT-VALUE})") String size;
    @Option(names = "--seed", defaultValue = "42") long seed;
    @Option(names = "--nlp", defaultValue = "off", description = "NLP mode while indexing, the same for both (default: ${DEFAULT-VALUE})") String nlp;
    @Option(names = "--heap", defaultValue = "2g", description = "Heap of the cluster's JVM (default: ${DEFAULT-VALUE})") String heap;
    @Option(names = "--rounds", defaultValue = "10", description = "Passes over the query mix per client (default: ${DEFAULT-VALUE})") int rounds;
    @Option(names = "--work", defaultValue = "data/bench") Path work;
    @Option(names = "--json", description = "Write the results here as JSON") Path json;

    @Override
    public Integer call() throws Exception {
      Map<String, Object> r = new org.igfatlas.bench.SolrCloudBench(work, System.out).run(size, seed,
          org.igfatlas.cli.IndexCommand.nlpMode(nlp), rounds, heap, org.igfatlas.cli.LocalSolrCloud.classPath());
      if (json != null) org.igfatlas.schema.Resources.JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), r);
      return 0;
    }
  }

  /** {@code igf bench corpus --docs N --seed S --out DIR}: a deterministic synthetic corpus for scale tests. */
  @Command(name = "corpus", mixinStandardHelpOptions = true, description = "Generate a deterministic synthetic IGF corpus (files marked synthetic).")
  static final class Corpus implements Callable<Integer> {
    @Option(names = "--docs", defaultValue = "1000") int docs;
    @Option(names = "--seed", defaultValue = "42") long seed;
    @Option(names = "--out", required = true) Path out;
    @Option(names = "--from", defaultValue = "corpus", description = "Real documents whose sentences are drawn (default: ${DEFAULT-VALUE})") Path from;

    @Override
    public Integer call() throws Exception {
      long t = System.nanoTime();
      long chars = new org.igfatlas.bench.CorpusGenerator(from).generate(docs, seed, out);
      System.out.printf("%,d documents, %,.1f MB of text in %s (%.1f s)%n", docs, chars / 1e6, out, (System.nanoTime() - t) / 1e9);
      return 0;
    }
  }

  /** {@code igf bench run --size S}: indexing vs a plain Lucene baseline, re-index, start-up, heap, query latencies. */
  @Command(name = "run", mixinStandardHelpOptions = true, description = "Benchmark indexing and queries on a synthetic corpus (XS=100, S=1,000, M=10,000 documents).")
  static final class Run implements Callable<Integer> {
    @Option(names = "--size", defaultValue = "S", split = ",", description = "XS, S, M or several: S,M (default: ${DEFAULT-VALUE})") List<String> sizes;
    @Option(names = "--seed", defaultValue = "42") long seed;
    @Option(names = "--nlp", defaultValue = "off", description = "NLP mode while indexing (default: ${DEFAULT-VALUE}; see igf bench nlp for NLP figures)") String nlp;
    @Option(names = "--rounds", defaultValue = "20", description = "Passes over the query mix per client") int rounds;
    @Option(names = "--work", defaultValue = "data/bench") Path work;
    @Option(names = "--json", description = "Write the results here as JSON") Path json;

    @Override
    public Integer call() throws Exception {
      List<Map<String, Object>> results = new ArrayList<>();
      org.igfatlas.bench.BenchRun run = new org.igfatlas.bench.BenchRun(work, Path.of("corpus"), System.out);
      for (String size : sizes) {
        if (!org.igfatlas.bench.BenchRun.SIZES.containsKey(size)) throw new IllegalArgumentException("size must be XS, S or M");
        results.add(run.run(size, seed, org.igfatlas.cli.IndexCommand.nlpMode(nlp), rounds));
      }
      if (results.size() == 2) {
        Map<String, Object> a = results.get(0);
        Map<String, Object> b = results.get(1);
        double docs = ((Number) b.get("documents")).doubleValue() / ((Number) a.get("documents")).doubleValue();
        double time = ((Number) b.get("index_s")).doubleValue() / ((Number) a.get("index_s")).doubleValue();
        System.out.printf("%ngrowth %s -> %s: %.0fx documents, indexing time %.1fx; query p50 (1 client) %s%n", a.get("size"), b.get("size"),
            docs, time, growth(a, b));
      }
      if (json != null) {
        Files.createDirectories(json.toAbsolutePath().getParent());
        org.igfatlas.schema.Resources.JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), results);
      }
      return 0;
    }

    private static String growth(Map<String, Object> a, Map<String, Object> b) {
      var qa = (org.igfatlas.bench.QueryLoad.Result) a.get("queries_1_client");
      var qb = (org.igfatlas.bench.QueryLoad.Result) b.get("queries_1_client");
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < qa.perQuery().size(); i++) {
        sb.append(String.format("%s %.1fx; ", qa.perQuery().get(i).name(), qb.perQuery().get(i).p50() / Math.max(0.01, qa.perQuery().get(i).p50())));
      }
      return sb.toString();
    }
  }

  /**
   * {@code igf bench nlp}: tokens/s of the project's whole NLP stage (CoreNLP fast pipeline + entities, topics,
   * recommendations, speaker profiles) against a bare default CoreNLP {@code tokenize,ssplit,pos,lemma,ner}
   * pipeline on the same passages, on 1 and 2 threads; then first index vs unchanged re-index of the corpus.
   */
  @Command(name = "nlp", mixinStandardHelpOptions = true, description = "NLP throughput vs a bare default CoreNLP pipeline, and re-index speed.")
  static final class Nlp implements Callable<Integer> {
    @Option(names = "--corpus", defaultValue = "corpus", description = "Texts to analyse (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--repeat", defaultValue = "3", description = "Runs per configuration; the median is reported")
    int repeat;

    @Option(names = "--json", description = "Also write the results to this JSON file")
    Path json;

    @Override
    public Integer call() throws Exception {
      List<String> passages = new ArrayList<>();
      try (Extractor ex = new Extractor()) { // the stages indexing runs, up to the passages
        org.igfatlas.pipeline.DocumentPipeline pipeline = org.igfatlas.pipeline.DocumentPipeline.passages(ex, new DocumentStructurer());
        for (Path f : CorpusIndexer.collect(List.of(corpus), new ArrayList<>())) {
          for (Passage p : pipeline.run(f).structure().passages()) passages.add(p.text());
        }
      }
      System.out.printf("NLP benchmark: %d passages from %s, %d cores, JDK %s, median of %d runs%n", passages.size(), corpus,
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), repeat);
      Map<String, Object> results = new LinkedHashMap<>();
      long t = System.nanoTime();
      StanfordCoreNLP bare = new StanfordCoreNLP(bareProperties());
      double bareLoad = (System.nanoTime() - t) / 1e9;
      t = System.nanoTime();
      DocumentEnricher ours = new DocumentEnricher(NlpMode.FAST, null);
      double oursLoad = (System.nanoTime() - t) / 1e9;
      long tokens = countTokens(passages, ours);
      System.out.printf("tokens: %,d; load: bare default %.1f s, ours (fast) %.1f s%n%n", tokens, bareLoad, oursLoad);
      System.out.printf("%-44s %8s %12s %8s%n", "configuration", "threads", "tokens/s", "ratio");
      for (int threads : new int[] {1, 2}) {
        double b = tokens / median(() -> run(passages, threads, p -> bare.annotate(new CoreDocument(p))));
        double o = tokens / median(() -> run(passages, threads, p -> ours.enrich(single(p), Integer.toString(p.hashCode()))));
        System.out.printf("%-44s %8d %,12.0f %8s%n", "bare CoreNLP default tokenize..ner", threads, b, "1.00");
        System.out.printf("%-44s %8d %,12.0f %8.2f%n", "IGF Atlas NLP stage (fast, all enrichment)", threads, o, o / b);
        results.put("bare_tokens_per_s_" + threads + "t", Math.round(b));
        results.put("ours_tokens_per_s_" + threads + "t", Math.round(o));
        results.put("ratio_" + threads + "t", Math.round(o / b * 100) / 100.0);
      }
      // first index vs unchanged re-index, with NLP
      Path tmp = Files.createTempDirectory("igf-bench");
      CorpusIndexer indexer = new CorpusIndexer(CorpusIndexer.Options.defaults());
      IndexSummary first = indexer.index(List.of(corpus), tmp.resolve("index"), null);
      IndexSummary again = indexer.index(List.of(corpus), tmp.resolve("index"), null);
      double ratio = first.elapsedMillis() / (double) Math.max(1, again.elapsedMillis());
      System.out.printf("%nfirst index %d ms (%d documents), unchanged re-index %d ms (%d unchanged): %.1fx faster%n",
          first.elapsedMillis(), first.indexed(), again.elapsedMillis(), again.unchanged(), ratio);
      results.put("tokens", tokens);
      results.put("first_index_ms", first.elapsedMillis());
      results.put("unchanged_reindex_ms", again.elapsedMillis());
      results.put("reindex_speedup", Math.round(ratio * 10) / 10.0);
      if (json != null) {
        org.igfatlas.schema.Resources.JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), results);
      }
      return 0;
    }

    private static StructuredDocument single(String text) {
      return new StructuredDocument(StructuredDocument.Form.REPORT,
          List.of(new Passage(0, Passage.Kind.PARAGRAPH, null, null, null, text, 0, text.length(), List.of())));
    }

    private static long countTokens(List<String> passages, DocumentEnricher ours) {
      long n = 0;
      for (String p : passages) n += ours.enrich(single(p), "count").passages().get(0).tokens();
      return n;
    }

    /** Bare CoreNLP defaults for the same annotators: the baseline. */
    static Properties bareProperties() {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
      return p;
    }

    @FunctionalInterface
    interface Timed {
      double seconds() throws Exception;
    }

    private double median(Timed run) throws Exception {
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < repeat; i++) times.add(run.seconds());
      times.sort(Double::compare);
      return times.get(times.size() / 2);
    }

    private static double run(List<String> passages, int threads, Consumer<String> work) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (String p : passages) fs.add(pool.submit(() -> work.accept(p)));
        for (Future<?> f : fs) f.get();
        return (System.nanoTime() - t0) / 1e9;
      } finally {
        pool.shutdown();
      }
    }
  }

}
