package org.igfatlas.bench;

import static org.igfatlas.schema.IndexSchema.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * IGF Atlas side by side with Apache Solr (#7): each server in its own JVM with the same heap, Solr loaded with the
 * same passages and fields (read from the IGF Atlas index, so both hold exactly the same text and tags), the same
 * queries asked of both, from the same client, in the same run.
 * <p>
 * The mix is the part of {@link QueryLoad#standardMix()} that Solr answers with its own features: term, phrase,
 * boolean and faceted passage search (highlighted snippets, exact totals, the same facets: JSON facets with tagged
 * filters for multi-select), whole-document results (collapse on the document id, expand for more passages), and
 * counts by year for a phrase and for a topic (a JSON terms facet). NRI priorities and keyness have no Solr
 * counterpart and are left out. Both indexes are merged into one segment (IGF Atlas does it after a build; Solr is
 * optimized after loading). Every search and phrase trend is a different query, words and phrases drawn from
 * the index ({@link Vocabulary}), so that neither engine's result caches answer it (Solr keeps its default
 * caches, which still serve its filter queries; the 12 topic trends repeat, and both engines cache them). Where the
 * two do different amounts of work it is in Solr's favour: a year count in Solr counts matching passages, IGF Atlas
 * counts mentions and the year totals needed for rates.
 */
public final class SolrPeer {
  private static final ObjectMapper JSON = org.igfatlas.schema.Resources.JSON;
  /** Both servers answer the mix from 2 clients this long before anything is measured. */
  static final int WARM_UP_SECONDS = 45;
  private static final List<String> TOPICS = List.of("environment_climate", "cybersecurity", "artificial_intelligence",
      "access_connectivity", "data_governance", "gender", "digital_cooperation", "youth", "human_rights_expression",
      "digital_economy", "misinformation_content", "fragmentation_shutdowns");
  private static final String STORED = "id,docId,ordinal,title,year,meeting,sessionType,docKind,track,theme,speaker,topic,score";
  private static final String HIGHLIGHT = "&hl=true&hl.method=unified&hl.fl=text&hl.snippets=2&hl.tag.pre=%3Cmark%3E"
      + "&hl.tag.post=%3C%2Fmark%3E&hl.encoder=html&hl.maxAnalyzedChars=20000";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final PrintStream out;

  public SolrPeer(PrintStream out) {
    this.out = out;
  }

  /**
   * Query words and phrases drawn from the indexed passages themselves (deterministically): words of medium
   * frequency from the unstemmed {@code words} field, and two-word phrases that occur in passage text. Each request
   * of the benchmark asks a different one, so no result cache of either engine can answer it.
   */
  record Vocabulary(List<String> words, List<String> phrases) {
    static Vocabulary of(DirectoryReader reader, int n, long seed) throws IOException {
      List<String> words = new ArrayList<>();
      org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(reader, WORDS);
      org.apache.lucene.index.TermsEnum te = terms.iterator();
      for (org.apache.lucene.util.BytesRef t; (t = te.next()) != null; ) {
        String w = t.utf8ToString();
        if (w.matches("[a-z]{4,}") && te.docFreq() >= 50 && te.docFreq() <= 50_000) words.add(w);
      }
      java.util.Random rnd = new java.util.Random(seed);
      java.util.Collections.shuffle(words, rnd);
      java.util.Set<String> phrases = new java.util.LinkedHashSet<>();
      java.util.Set<String> stop = java.util.Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in",
          "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they",
          "this", "to", "was", "will", "with");
      int maxDoc = reader.maxDoc();
      StoredFields stored = reader.storedFields();
      for (int tries = 0; phrases.size() < n && tries < 50 * n; tries++) {
        int doc = rnd.nextInt(maxDoc);
        Document d = stored.document(doc, java.util.Set.of(TEXT, KIND));
        if (!KIND_PASSAGE.equals(d.get(KIND)) || d.get(TEXT) == null) continue;
        String[] tok = d.get(TEXT).toLowerCase(java.util.Locale.ROOT).split("[^a-z]+");
        if (tok.length < 3) continue;
        int i = rnd.nextInt(tok.length - 1);
        if (tok[i].length() >= 4 && tok[i + 1].length() >= 4 && !stop.contains(tok[i]) && !stop.contains(tok[i + 1])) {
          phrases.add(tok[i] + " " + tok[i + 1]);
        }
      }
      return new Vocabulary(words.subList(0, Math.min(n, words.size())), new ArrayList<>(phrases));
    }

    String word(int i) {
      return words.get(Math.floorMod(i, words.size()));
    }

    String phrase(int i) {
      return "\"" + phrases.get(Math.floorMod(i, phrases.size())) + "\"";
    }
  }

  /** How many different queries of each kind the mix holds (more than the benchmark asks). */
  static final int VARIANTS = 3_000;

  /** The IGF Atlas requests of the peer mix: variant {@code i} of every kind is built from the same words. */
  static List<QueryLoad.Query> atlasMix(Vocabulary v) {
    return List.of(
        variants("term", i -> "/api/search?size=20&q=" + enc(v.word(i))),
        variants("phrase", i -> "/api/search?size=20&q=" + enc(v.phrase(i))),
        variants("boolean", i -> "/api/search?size=20&q=" + enc(bool(v, i))),
        variants("faceted 2 filters", i -> "/api/search?size=20&q=" + enc(v.word(i + 1))
            + "&filter=docKind:transcript&filter=sessionType:workshop&facets=year,docKind,sessionType,speaker,theme"),
        variants("unit=document", i -> "/api/search?size=20&unit=document&q=" + enc(v.phrase(i + 1))),
        variants("trend phrase", i -> "/api/trends?by=year&measure=mentions&term=" + enc(v.phrase(i + 2))),
        new QueryLoad.Query("trend topic", TOPICS.stream().map(t -> "/api/trends?topic=" + t + "&by=year&measure=mentions").toList()));
  }

  /** The same requests in Solr's terms, in the same order. */
  static List<QueryLoad.Query> solrMix(Vocabulary v) {
    String select = "/solr/passages/select?rows=20&fl=" + STORED + HIGHLIGHT;
    String facets = "&json.facet=" + enc(facets(DEFAULT_FACETS, List.of()));
    String byYear = "&json.facet=" + enc("{\"year\":{\"type\":\"terms\",\"field\":\"year\",\"limit\":-1,\"sort\":\"index asc\"}}");
    return List.of(
        variants("term", i -> select + facets + "&q=" + enc(v.word(i))),
        variants("phrase", i -> select + facets + "&q=" + enc(v.phrase(i))),
        variants("boolean", i -> select + facets + "&q=" + enc(bool(v, i))),
        variants("faceted 2 filters", i -> select + "&q=" + enc(v.word(i + 1)) + "&fq=" + enc("{!tag=docKind}docKind:transcript")
            + "&fq=" + enc("{!tag=sessionType}sessionType:workshop")
            + "&json.facet=" + enc(facets(List.of(YEAR, DOC_KIND, SESSION_TYPE, SPEAKER, THEME), List.of(DOC_KIND, SESSION_TYPE)))),
        variants("unit=document", i -> select + facets + "&q=" + enc(v.phrase(i + 1)) + "&fq=" + enc("{!collapse field=docId}")
            + "&expand=true&expand.rows=2"),
        variants("trend phrase", i -> "/solr/passages/select?rows=0" + byYear + "&q=" + enc(v.phrase(i + 2))),
        new QueryLoad.Query("trend topic", TOPICS.stream().map(t -> "/solr/passages/select?rows=0" + byYear + "&q=topic:" + t).toList()));
  }

  private static String bool(Vocabulary v, int i) {
    return "(" + v.word(i + 2) + " OR " + v.word(i + 3) + ") AND " + v.word(i + 4);
  }

  private static QueryLoad.Query variants(String name, java.util.function.IntFunction<String> path) {
    List<String> out = new ArrayList<>(VARIANTS);
    for (int i = 0; i < VARIANTS; i++) out.add(path.apply(i));
    return new QueryLoad.Query(name, out);
  }

  /** JSON facets, top 100 values by count as IGF Atlas returns them; a filtered field ignores its own filter. */
  private static String facets(List<String> dims, List<String> filtered) {
    Map<String, Object> f = new LinkedHashMap<>();
    for (String d : dims) {
      Map<String, Object> spec = new LinkedHashMap<>(Map.of("type", "terms", "field", d, "limit", 100));
      if (filtered.contains(d)) spec.put("domain", Map.of("excludeTags", d));
      f.put(d, spec);
    }
    try {
      return JSON.writeValueAsString(f);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public Map<String, Object> run(Path index, Path solrHome, String heap, int rounds, String solrClassPath) throws Exception {
    if (rounds < 1 || rounds * 8 > 1_000) throw new IllegalArgumentException("rounds must be between 1 and 125");
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("index", index.toString());
    r.put("cores", Runtime.getRuntime().availableProcessors());
    r.put("jdk", System.getProperty("java.version"));
    r.put("heap", heap);
    Process atlas = null;
    Process solr = null;
    try {
      int atlasPort = freePort();
      atlas = java(heap, System.getProperty("java.class.path"), "org.igfatlas.cli.IgfCommand", "serve", "--index",
          index.toString(), "--port", Integer.toString(atlasPort));
      String atlasUrl = "http://127.0.0.1:" + atlasPort;
      long t0 = System.nanoTime();
      awaitUp(atlas, atlasUrl + "/api/health", 120);
      r.put("atlas_startup_ms", Math.round((System.nanoTime() - t0) / 1e6));

      int solrPort = freePort();
      solr = java(heap, solrClassPath, "org.igfatlas.solrnode.SolrNode", solrHome.toAbsolutePath().toString(), Integer.toString(solrPort));
      String solrUrl = "http://127.0.0.1:" + solrPort;
      t0 = System.nanoTime();
      awaitUp(solr, solrUrl + "/solr/passages/select?q=*:*&rows=0", 180);
      r.put("solr_startup_ms", Math.round((System.nanoTime() - t0) / 1e6));

      long passages = load(index, solrUrl, r);
      r.put("passages", passages);

      QueryLoad ours = new QueryLoad(atlasUrl);
      QueryLoad theirs = new QueryLoad(solrUrl);
      Vocabulary vocabulary;
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
        vocabulary = Vocabulary.of(reader, VARIANTS, 42);
      }
      r.put("query_words", vocabulary.words().size());
      r.put("query_phrases", vocabulary.phrases().size());
      out.printf("query vocabulary from the index: %,d words, %,d phrases (e.g. %s, %s)%n", vocabulary.words().size(),
          vocabulary.phrases().size(), vocabulary.word(0), vocabulary.phrase(0));
      List<QueryLoad.Query> atlasMix = atlasMix(vocabulary);
      List<QueryLoad.Query> solrMix = solrMix(vocabulary);
      out.printf("warming up both servers (up to %d s each: JIT, caches) ...%n", WARM_UP_SECONDS);
      // each phase asks its own range of variants: what was asked while warming up is not asked again
      check(ours.run(atlasMix, 2, 100, WARM_UP_SECONDS, 0), "IGF Atlas warm-up");
      check(theirs.run(solrMix, 2, 100, WARM_UP_SECONDS, 0), "Solr warm-up");
      int first = 1_000;
      for (int clients : new int[] {1, 8}) {
        out.printf("%d client(s), %d passes over the mix, IGF Atlas then Solr, the same queries ...%n", clients, rounds);
        QueryLoad.Result a = ours.run(atlasMix, clients, rounds, 900, first);
        QueryLoad.Result s = theirs.run(solrMix, clients, rounds, 900, first);
        first += 1_000;
        r.put("atlas_" + clients + "_clients", a);
        r.put("solr_" + clients + "_clients", s);
      }
    } finally {
      if (solr != null) stop(solr, true);
      if (atlas != null) stop(atlas, false);
    }
    print(r);
    return r;
  }

  private static void check(QueryLoad.Result r, String what) {
    if (r.errors() > 0) throw new IllegalStateException(what + ": " + r.errors() + " requests failed; see the server's log above");
  }

  /** Loads the passage entries of the IGF Atlas index into Solr, unless Solr already holds that many. */
  private long load(Path index, String solrUrl, Map<String, Object> r) throws Exception {
    long inSolr = JSON.readTree(get(solrUrl + "/solr/passages/select?q=*:*&rows=0")).path("response").path("numFound").asLong();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      long expected = new org.apache.lucene.search.IndexSearcher(reader)
          .count(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(KIND, KIND_PASSAGE)));
      if (inSolr == expected) {
        out.printf("Solr already holds the %,d passages: reusing its index%n", expected);
        r.put("solr_load_s", null);
        return expected;
      }
      out.printf("loading %,d passages into Solr ...%n", expected);
      post(solrUrl + "/solr/passages/update?commit=true", "{\"delete\":{\"query\":\"*:*\"}}");
      long t0 = System.nanoTime();
      List<Map<String, Object>> batch = new ArrayList<>();
      long sent = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) continue;
          Document d = stored.document(doc);
          if (!KIND_PASSAGE.equals(d.get(KIND))) continue;
          batch.add(solrDocument(d));
          if (batch.size() == 5_000) {
            sent += flush(solrUrl, batch);
          }
        }
      }
      sent += flush(solrUrl, batch);
      post(solrUrl + "/solr/passages/update?commit=true", "{\"commit\":{}}");
      double secs = (System.nanoTime() - t0) / 1e9;
      r.put("solr_load_s", Math.round(secs * 10) / 10.0);
      out.printf("loaded %,d passages into Solr in %.1f s (read from the IGF Atlas index and sent as JSON)%n", sent, secs);
      // IGF Atlas merges a freshly built index into one segment; Solr gets the same (its "optimize")
      long m0 = System.nanoTime();
      post(solrUrl + "/solr/passages/update", "{\"optimize\":{\"maxSegments\":1,\"waitSearcher\":true}}");
      r.put("solr_optimize_s", Math.round((System.nanoTime() - m0) / 1e8) / 10.0);
      out.printf("merged Solr's index into one segment in %.1f s, as IGF Atlas does after a build%n", (System.nanoTime() - m0) / 1e9);
      return sent;
    }
  }

  private static Map<String, Object> solrDocument(Document d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.get(PASSAGE_ID));
    m.put("docId", d.get(DOC_ID));
    m.put("ordinal", d.getField(ORDINAL).numericValue());
    m.put("text", d.get(TEXT));
    m.put("title", d.get(TITLE));
    if (d.getField(YEAR) != null) m.put("year", d.getField(YEAR).numericValue());
    for (String f : List.of(MEETING, SESSION_TYPE, DOC_KIND, FORMAT, LANGUAGE)) {
      if (d.get(f) != null) m.put(f, d.get(f));
    }
    for (String f : List.of(TRACK, THEME, SPEAKER, TOPIC)) {
      String[] v = d.getValues(f);
      if (v.length > 0) m.put(f, List.of(v));
    }
    return m;
  }

  private long flush(String solrUrl, List<Map<String, Object>> batch) throws Exception {
    if (batch.isEmpty()) return 0;
    post(solrUrl + "/solr/passages/update", JSON.writeValueAsString(batch));
    long n = batch.size();
    batch.clear();
    return n;
  }

  private void post(String url, String body) throws Exception {
    HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() != 200) throw new IOException("Solr answered " + res.statusCode() + " to " + url + ": " + res.body());
  }

  private String get(String url) throws Exception {
    HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(1)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() != 200) throw new IOException(url + " answered " + res.statusCode() + ": " + res.body());
    return res.body();
  }

  /** A child JVM with the given heap, its output passed through with a prefix; standard input held open. */
  private Process java(String heap, String classPath, String main, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xms" + heap, "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
        "-cp", classPath, main));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String name = main.substring(main.lastIndexOf('.') + 1);
    Thread pump = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          if (!line.startsWith("WARNING") && !line.contains(" INFO ")) out.println("  [" + name + "] " + line);
        }
      } catch (IOException ignored) {
        // the process ended
      }
    }, "output of " + name);
    pump.setDaemon(true);
    pump.start();
    return p;
  }

  private void awaitUp(Process p, String url, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) throw new IllegalStateException("server exited with " + p.exitValue() + " before answering " + url);
      try {
        get(url);
        return;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("no answer from " + url + " within " + seconds + " s");
  }

  private static void stop(Process p, boolean closeInput) throws Exception {
    if (closeInput) p.getOutputStream().close(); // the Solr node stops when its input closes
    else p.destroy();
    if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private void print(Map<String, Object> r) {
    out.printf("%n== IGF Atlas vs Apache Solr: %,d passages, %s cores, JDK %s, -Xmx%s each ==%n", r.get("passages"),
        r.get("cores"), r.get("jdk"), r.get("heap"));
    for (int clients : new int[] {1, 8}) {
      QueryLoad.Result a = (QueryLoad.Result) r.get("atlas_" + clients + "_clients");
      QueryLoad.Result s = (QueryLoad.Result) r.get("solr_" + clients + "_clients");
      out.printf("%n%d client(s): IGF Atlas %.1f QPS, Solr %.1f QPS -> %.2fx Solr's throughput (errors %d / %d)%n", clients,
          a.qps(), s.qps(), a.qps() / s.qps(), a.errors(), s.errors());
      out.printf("  %-20s %17s %17s %14s%n", "query", "Atlas p50 / p99", "Solr p50 / p99", "p50 Solr/Atlas");
      List<QueryLoad.Stats> as = new ArrayList<>(a.perQuery());
      as.add(a.overall());
      List<QueryLoad.Stats> ss = new ArrayList<>(s.perQuery());
      ss.add(s.overall());
      for (int i = 0; i < as.size(); i++) {
        QueryLoad.Stats x = as.get(i);
        QueryLoad.Stats y = ss.get(i);
        out.printf("  %-20s %8.1f / %6.1f %8.1f / %6.1f %13.2fx%n", x.name(), x.p50(), x.p99(), y.p50(), y.p99(), y.p50() / x.p50());
      }
    }
  }
}
