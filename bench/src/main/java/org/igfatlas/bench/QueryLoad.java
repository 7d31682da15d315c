package org.igfatlas.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a fixed mix of API queries to a server on this machine (loopback only) from N concurrent clients, for a
 * number of rounds or a duration, and reports latency percentiles per query kind, throughput and errors.
 */
public final class QueryLoad {
  /**
   * A named query with its variants ("/api/search?q=..."); request n of a client uses variant n modulo their number,
   * so that analytics answers are mostly computed, not served from the per-version result cache.
   */
  public record Query(String name, List<String> variants) {
    Query(String name, String path) {
      this(name, List.of(path));
    }

    String path(int n) {
      return variants.get(Math.floorMod(n, variants.size()));
    }
  }

  private static List<String> years(String template) {
    List<String> out = new ArrayList<>();
    for (int y = 2006; y <= 2025; y++) out.add(template.replace("{year}", Integer.toString(y)));
    return out;
  }

  /**
   * Latency figures of one query kind (milliseconds), the number of requests, of errors (any answer but 200, or none)
   * and, among the errors, of 503 answers (the server's per-request time limit or a full worker pool).
   */
  public record Stats(String name, long requests, long errors, long unavailable, double p50, double p95, double p99, double max) {
    /** Errors other than 503: 5xx, 4xx, timeouts and refused connections. */
    public long failures() {
      return errors - unavailable;
    }
  }

  public record Result(int clients, double seconds, long requests, long errors, double qps, List<Stats> perQuery, Stats overall) {}

  private final String base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public QueryLoad(String base) {
    if (!base.startsWith("http://127.0.0.1:") && !base.startsWith("http://localhost:")) {
      throw new IllegalArgumentException("load is only sent to this machine (loopback), not " + base);
    }
    this.base = base;
  }

  /** The benchmark's fixed mix (#7): term, phrase, boolean, faceted with two filters, document unit, trends, NRI, keyness. */
  public static List<Query> standardMix() {
    return List.of(
        new Query("term", "/api/search?q=cybersecurity&size=20"),
        new Query("phrase", "/api/search?q=%22digital+cooperation%22&size=20"),
        new Query("boolean", "/api/search?q=%28privacy+OR+%22data+protection%22%29+AND+governments&size=20"),
        new Query("faceted 2 filters", "/api/search?q=access&filter=docKind:transcript&filter=sessionType:workshop&facets=year,docKind,sessionType,speaker,theme&size=20"),
        new Query("unit=document", "/api/search?q=%22community+networks%22&unit=document&size=20"),
        new Query("trend topic", List.of("environment_climate", "cybersecurity", "artificial_intelligence", "access_connectivity",
            "data_governance", "gender", "digital_cooperation", "youth", "human_rights_expression", "digital_economy",
            "misinformation_content", "fragmentation_shutdowns").stream()
            .flatMap(t -> java.util.stream.Stream.of("per10k", "share").map(m -> "/api/trends?topic=" + t + "&by=year&measure=" + m)).toList()),
        new Query("trend phrase", List.of("%22digital+cooperation%22", "%22community+networks%22", "%22data+protection%22",
            "%22human+rights%22", "%22artificial+intelligence%22", "%22capacity+building%22", "%22multistakeholder+model%22",
            "%22internet+governance%22", "%22private+sector%22", "%22civil+society%22").stream()
            .map(t -> "/api/trends?term=" + t + "&by=year&measure=mentions").toList()),
        new Query("nri priorities", years("/api/nri/priorities?year={year}&top=10&compare=global")),
        new Query("keyness", years("/api/keywords?filter=year:{year}&top=30")));
  }

  /**
   * The most expensive requests the API accepts, each variant different so that no cache answers: phrase and boolean
   * searches over the whole index with every facet counted, document-unit grouping, phrase trends over all years
   * (positions read in every passage), keyness of a year against the rest and NRI priorities compared with the global
   * meetings. Used by {@code igf bench load --mix expensive} to show the per-request time limit holding.
   */
  public static List<Query> expensiveMix() {
    List<String> phrases = List.of("%22digital+cooperation%22", "%22community+networks%22", "%22data+protection%22",
        "%22human+rights%22", "%22artificial+intelligence%22", "%22capacity+building%22", "%22multistakeholder+model%22",
        "%22internet+governance%22", "%22private+sector%22", "%22civil+society%22", "%22digital+divide%22", "%22the+internet%22");
    List<String> facets = List.of("&facets=year,meeting,docKind,sessionType,speaker,theme,topic,person,organization,country");
    return List.of(
        new Query("phrase all facets", phrases.stream().map(p -> "/api/search?q=" + p + facets.get(0) + "&size=50").toList()),
        new Query("boolean all facets", phrases.stream().map(p -> "/api/search?q=" + p + "+OR+internet+OR+governance" + facets.get(0) + "&size=50").toList()),
        new Query("unit=document", phrases.stream().map(p -> "/api/search?q=" + p + "+OR+the&unit=document&size=50").toList()),
        new Query("trend phrase", phrases.stream().flatMap(p -> java.util.stream.Stream.of("mentions", "per10k", "share")
            .map(m -> "/api/trends?term=" + p + "&by=year&measure=" + m)).toList()),
        new Query("keyness", years("/api/keywords?filter=year:{year}&top=100")),
        new Query("nri priorities", years("/api/nri/priorities?year={year}&top=20&compare=global")));
  }

  /** Runs {@code rounds} passes over the mix per client (or until {@code maxSeconds}), {@code clients} at once. */
  public Result run(List<Query> mix, int clients, int rounds, double maxSeconds) throws Exception {
    return run(mix, clients, rounds, maxSeconds, 0);
  }

  /**
   * As {@link #run(List, int, int, double)}, request {@code r} of client {@code c} using variant
   * {@code firstVariant + r * clients + c} of each query: phases given disjoint ranges ask different queries.
   */
  public Result run(List<Query> mix, int clients, int rounds, double maxSeconds, int firstVariant) throws Exception {
    Map<String, List<Double>> latencies = new LinkedHashMap<>();
    Map<String, AtomicLong> errors = new LinkedHashMap<>();
    Map<String, AtomicLong> unavailable = new LinkedHashMap<>();
    for (Query q : mix) {
      latencies.put(q.name(), Collections.synchronizedList(new ArrayList<>()));
      errors.put(q.name(), new AtomicLong());
      unavailable.put(q.name(), new AtomicLong());
    }
    long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        final int offset = c;
        fs.add(pool.submit(() -> {
          for (int r = 0; r < rounds && System.nanoTime() < deadline; r++) {
            for (int k = 0; k < mix.size(); k++) {
              Query q = mix.get((k + offset) % mix.size());
              long s = System.nanoTime();
              try {
                HttpResponse<Void> resp = http.send(HttpRequest.newBuilder(URI.create(base + q.path(firstVariant + r * clients + offset)))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                if (resp.statusCode() != 200) errors.get(q.name()).incrementAndGet();
                if (resp.statusCode() == 503) unavailable.get(q.name()).incrementAndGet();
              } catch (Exception e) {
                errors.get(q.name()).incrementAndGet();
              }
              latencies.get(q.name()).add((System.nanoTime() - s) / 1e6);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : fs) f.get();
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<Stats> per = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    long errs = 0;
    long busy = 0;
    for (Query q : mix) {
      List<Double> l = new ArrayList<>(latencies.get(q.name()));
      all.addAll(l);
      errs += errors.get(q.name()).get();
      busy += unavailable.get(q.name()).get();
      per.add(stats(q.name(), l, errors.get(q.name()).get(), unavailable.get(q.name()).get()));
    }
    return new Result(clients, seconds, all.size(), errs, all.size() / seconds, per, stats("all", all, errs, busy));
  }

  static Stats stats(String name, List<Double> l, long errors, long unavailable) {
    List<Double> s = new ArrayList<>(l);
    s.sort(Double::compare);
    return new Stats(name, s.size(), errors, unavailable, pct(s, 50), pct(s, 95), pct(s, 99), s.isEmpty() ? 0 : s.get(s.size() - 1));
  }

  static double pct(List<Double> sorted, double p) {
    if (sorted.isEmpty()) return 0;
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return Math.round(sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) * 100) / 100.0;
  }
}
