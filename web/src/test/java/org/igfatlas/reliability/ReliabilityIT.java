package org.igfatlas.reliability;

import static org.junit.jupiter.api.Assertions.*;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.igfatlas.http.ApiServer;
import org.igfatlas.index.CorpusIndexer;
import org.igfatlas.schema.IndexSchema;
import org.igfatlas.nlp.NlpMode;
import org.igfatlas.search.AtlasSearcher;
import org.igfatlas.testing.FixtureCorpus;
import org.igfatlas.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files at -Xmx512m, kill -9 in the middle of a run, and re-indexing while the server answers. */
class ReliabilityIT {
  @TempDir
  Path dir;

  @Test
  void hostileFilesAreReportedAndGoodFilesIndexedInA512MbJvm() throws Exception {
    assertTrue(ChildJvm.classPathIsComplete(), "surefire must pass the full class path (useManifestOnlyJar=false)");
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Map<String, String> hostile = HostileFiles.write(corpus);
    Fixtures.copy(Fixtures.TRANSCRIPTS.get(0), corpus);
    Fixtures.pdf(Fixtures.text(Fixtures.REPORTS.get(0)), corpus.resolve("good-report.pdf"));
    Path log = dir.resolve("index.log");
    long t0 = System.nanoTime();
    Process p = ChildJvm.start(log, "512m", "index", corpus.toString(), "--index", dir.resolve("index").toString(),
        "--nlp", "off", "--no-progress");
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "indexing finished");
    String out = ChildJvm.output(log);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("hostile corpus indexed at -Xmx512m in %.1f s:%n%s%n", seconds, out);
    assertEquals(0, p.exitValue(), out);
    assertFalse(out.contains("OutOfMemoryError"), out);
    boolean root = "root".equals(System.getProperty("user.name"));
    // every hostile file is reported with its path and a reason, unless it is legitimately readable text
    // valid content despite the hostile shape: indexed (within bounds), not reported
    List<String> readableAnyway = List.of("invalid-utf8.txt", "actually-html.pdf", "huge-100mb.txt", "deeply-nested.html",
        "five-million-turns.txt", "one-line-50mb.html");
    for (String name : hostile.keySet()) {
      if (readableAnyway.contains(name)) continue;
      if (name.equals("unreadable.txt") && root) continue; // root reads any file: nothing to report
      assertTrue(out.lines().anyMatch(l -> l.contains(name + ": ")), name + " (" + hostile.get(name) + ") is reported:\n" + out);
    }
    assertTrue(out.lines().anyMatch(l -> l.contains("huge-100mb.txt: text truncated")), "the 100 MB file is truncated with a warning");
    assertTrue(out.lines().anyMatch(l -> l.contains("five-million-turns.txt: passages cut at 20,000")), "bounded passages:\n" + out);
    assertTrue(out.lines().noneMatch(l -> l.startsWith("Indexed 99 of 99")), "a file name cannot forge a report line:\n" + out);
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
      IndexSearcher s = new IndexSearcher(r);
      Map<String, Boolean> indexed = new HashMap<>();
      for (ScoreDoc sd : s.search(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)), 100).scoreDocs) {
        Document d = s.storedFields().document(sd.doc);
        indexed.put(Path.of(d.get(IndexSchema.PATH)).getFileName().toString(), true);
      }
      for (String good : List.of("igf2019-beginners-main-session.txt", "good-report.pdf", "invalid-utf8.txt", "actually-html.pdf",
          "huge-100mb.txt", "deeply-nested.html", "five-million-turns.txt", "one-line-50mb.html")) {
        assertTrue(indexed.containsKey(good), good + " indexed: " + indexed.keySet());
      }
    }
  }

  /** Distinct documents in the index at {@code index}. */
  private static int documents(Path index) throws Exception {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      return new IndexSearcher(r).count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)));
    }
  }

  @Test
  void aDocumentIsOneDocumentFromAnyWorkingDirectoryAndNamesThatDifferOnlyInBytesStayTwo() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.createDirectories(corpus.resolve("sub"));
    Files.writeString(corpus.resolve("sub").resolve("f.txt"), "IGF 2021 WS #3 Report\n\nThe folder's file speaks of axolotl hatcheries.\n");
    Files.writeString(corpus.resolve("sub\\f.txt"), "IGF 2021 WS #4 Report\n\nThe backslash file speaks of narwhal tusks.\n");
    Path original = Fixtures.copy(Fixtures.TRANSCRIPTS.get(0), corpus);
    Files.createDirectories(corpus.resolve("mirror"));
    Files.copy(original, corpus.resolve("mirror").resolve("copy-of-the-beginners-session.txt")); // a mirror: same content
    // two names that differ only in bytes that are not UTF-8 (Java shows both as "dup\uFFFD.txt")
    Process sh = new ProcessBuilder("bash", "-c", "cd \"$1\" && printf 'IGF 2020 WS #5 Report\\n\\nFirst text on quokka colonies.\\n' > $'dup\\xff.txt'"
        + " && printf 'IGF 2020 WS #6 Report\\n\\nSecond text on ptarmigan flocks.\\n' > $'dup\\xfe.txt'", "sh", corpus.toString()).start();
    assertEquals(0, sh.waitFor());
    Path index = dir.resolve("index");
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    // the same folder from three working directories: its parent, itself, and a sibling folder
    String[][] runs = {{dir.toString(), "corpus"}, {corpus.toString(), "."}, {elsewhere.toString(), "../corpus"}};
    for (String[] run : runs) {
      Path log = dir.resolve("run.log");
      Process p = ChildJvm.startIn(Path.of(run[0]), log, "512m", "index", run[1], "--index", index.toString(), "--nlp", "off", "--no-progress");
      assertTrue(p.waitFor(5, TimeUnit.MINUTES), "indexing finished");
      assertEquals(0, p.exitValue(), ChildJvm.output(log));
      assertEquals(5, documents(index), "run from " + run[0] + ": " + ChildJvm.output(log));
    }
    try (AtlasSearcher searcher = new AtlasSearcher(index)) {
      for (String q : List.of("quokka", "ptarmigan", "axolotl", "narwhal")) {
        assertEquals(1, searcher.search(new org.igfatlas.search.SearchRequest(q, Map.of(), List.of(),
            org.igfatlas.search.SearchRequest.Unit.DOCUMENT, 1, 10)).total(), q + " is searchable, once");
      }
      var beginners = searcher.search(new org.igfatlas.search.SearchRequest("\"IGF for beginners\"", Map.of(), List.of(),
          org.igfatlas.search.SearchRequest.Unit.DOCUMENT, 1, 10));
      assertEquals(1, beginners.total(), "the mirrored transcript is one document");
      List<String> sources = searcher.document(beginners.hits().get(0).docId(), null).sources();
      assertEquals(2, sources.size(), sources.toString());
      assertTrue(sources.stream().anyMatch(x -> x.endsWith("mirror/copy-of-the-beginners-session.txt")), sources.toString());
    }
  }

  @Test
  void aSecondIndexerOnALockedIndexSaysSoInOneLine() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Fixtures.copy(Fixtures.TRANSCRIPTS.get(1), corpus);
    Path index = dir.resolve("index");
    try (var held = new org.apache.lucene.index.IndexWriter(FSDirectory.open(index), new org.apache.lucene.index.IndexWriterConfig())) {
      Path log = dir.resolve("locked.log");
      Process p = ChildJvm.start(log, "512m", "index", corpus.toString(), "--index", index.toString(), "--nlp", "off", "--no-progress");
      assertTrue(p.waitFor(2, TimeUnit.MINUTES), "no wait for the lock");
      String out = ChildJvm.output(log);
      assertEquals(2, p.exitValue(), out);
      assertTrue(out.contains("is being written by another igf index"), out);
      assertFalse(out.contains("\tat org."), "no stack trace: " + out);
    }
  }

  /** The launcher's heap: 3 GB by default, a heap in JAVA_TOOL_OPTIONS honoured, IGF_JAVA_OPTS replacing both. */
  @Test
  void theLauncherHonoursTheHeapTheUserSets() throws Exception {
    Path launcher = Path.of("..", "igf").toAbsolutePath().normalize();
    assertTrue(Files.isExecutable(launcher), launcher.toString());
    assertEquals(3072, launcherHeapMb(launcher, Map.of()));
    assertEquals(300, launcherHeapMb(launcher, Map.of("JAVA_TOOL_OPTIONS", "-Xmx300m")));
    assertEquals(400, launcherHeapMb(launcher, Map.of("JDK_JAVA_OPTIONS", "-Xmx400m")));
    assertEquals(200, launcherHeapMb(launcher, Map.of("IGF_JAVA_OPTS", "-Xmx200m", "JAVA_TOOL_OPTIONS", "-Xmx300m")));
  }

  /** The max heap {@code igf --version} reports when the launcher runs with {@code env}. */
  private static long launcherHeapMb(Path launcher, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true);
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().remove("JDK_JAVA_OPTIONS");
    pb.environment().remove("IGF_JAVA_OPTS");
    pb.environment().putAll(env);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0, out);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("max heap ([\\d,]+) MB").matcher(out);
    assertTrue(m.find(), out);
    return Long.parseLong(m.group(1).replace(",", ""));
  }

  @Test
  void aFullDiskStopsTheRunWithOneLineAndKeepsWhatWasCommitted() throws Exception {
    Path corpus = dir.resolve("many");
    ManyDocuments.write(200, 11, corpus);
    Path index = dir.resolve("full-index");
    Path log = dir.resolve("full.log");
    // 400 KB per file: the commits of small segments fit, the final merge into one segment does not; the last
    // commit (all documents) is kept
    Process p = ChildJvm.startWithFileLimit(log, "512m", 400, "index", corpus.toString(), "--index", index.toString(),
        "--nlp", "off", "--no-progress", "--commit-every", "10", "--threads", "1");
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the run ends");
    String out = ChildJvm.output(log);
    assertEquals(2, p.exitValue(), out);
    assertTrue(out.contains("igf: no room to write the index") && out.contains("File too large"), out);
    assertFalse(out.contains("\tat org."), "no stack trace: " + out);
    assertFalse(out.contains("AlreadyClosedException"), "no file blamed for the full disk: " + out);
    // what was committed before is kept, whole: every document has all of its passages
    Map<String, Integer> kept = passagesPerDocument(index);
    assertTrue(kept.size() >= 10 && kept.size() <= 200, "documents kept: " + kept.size() + "\n" + out);
  }

  private static Map<String, Integer> passagesPerDocument(Path index) throws Exception {
    Map<String, Integer> out = new HashMap<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher s = new IndexSearcher(r);
      for (ScoreDoc sd : s.search(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE)), Math.max(1, r.maxDoc())).scoreDocs) {
        out.merge(s.storedFields().document(sd.doc, java.util.Set.of(IndexSchema.DOC_ID)).get(IndexSchema.DOC_ID), 1, Integer::sum);
      }
      // no half documents: every document entry has all of its passages
      for (ScoreDoc sd : s.search(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)), Math.max(1, r.maxDoc())).scoreDocs) {
        Document d = s.storedFields().document(sd.doc);
        assertEquals(d.getField(IndexSchema.PASSAGES).numericValue().intValue(), out.getOrDefault(d.get(IndexSchema.DOC_ID), 0));
      }
    }
    return out;
  }

  @Test
  void killingTheIndexerLeavesTheLastCommitAndTheRerunMatchesACleanRun() throws Exception {
    Path corpus = dir.resolve("corpus");
    ManyDocuments.write(120, 7, corpus);
    Path index = dir.resolve("index");
    Path log = dir.resolve("killed.log");
    Process p = ChildJvm.start(log, "512m", "index", corpus.toString(), "--index", index.toString(), "--nlp", "off",
        "--no-progress", "--threads", "1", "--commit-every", "5");
    int committed = 0;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(200);
      if (Files.exists(index) && DirectoryReader.indexExists(FSDirectory.open(index))) {
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
          committed = new IndexSearcher(r).count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)));
        }
        if (committed >= 10) break;
      }
    }
    assertTrue(p.isAlive(), "the run was still going when killed:\n" + ChildJvm.output(log));
    p.destroyForcibly(); // SIGKILL
    p.waitFor();
    Map<String, Integer> afterKill = passagesPerDocument(index); // the last commit opens and is searchable
    assertTrue(afterKill.size() >= 10 && afterKill.size() < 120, "documents after kill: " + afterKill.size());

    Path log2 = dir.resolve("rerun.log");
    Process rerun = ChildJvm.start(log2, "512m", "index", corpus.toString(), "--index", index.toString(), "--nlp", "off", "--no-progress");
    assertTrue(rerun.waitFor(5, TimeUnit.MINUTES));
    String out = ChildJvm.output(log2);
    assertEquals(0, rerun.exitValue(), out);
    assertTrue(out.contains("(" + afterKill.size() + " unchanged"), "the rerun skips what was committed:\n" + out);
    Path clean = dir.resolve("clean");
    new CorpusIndexer(CorpusIndexer.Options.defaults().withNlp(NlpMode.OFF)).index(List.of(corpus), clean, null);
    assertEquals(passagesPerDocument(clean), passagesPerDocument(index), "same documents and passages as a clean run");
  }

  @Test
  void reindexingWhileTheServerAnswersLosesNoRequestAndShowsNewDocuments() throws Exception {
    FixtureCorpus fixtures = FixtureCorpus.build(dir.resolve("f"));
    try (AtlasSearcher searcher = new AtlasSearcher(fixtures.index)) {
      Javalin app = new ApiServer(searcher).create(null).start("127.0.0.1", 0);
      HttpClient http = HttpClient.newHttpClient();
      String url = "http://127.0.0.1:" + app.port();
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger ok = new AtomicInteger();
      AtomicInteger failed = new AtomicInteger();
      Thread client = new Thread(() -> {
        while (!stop.get()) {
          try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/search?q=digital&facets=year,speaker")).build(),
                HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) ok.incrementAndGet(); else failed.incrementAndGet();
          } catch (Exception e) {
            failed.incrementAndGet();
          }
        }
      });
      client.start();
      Path more = Files.createDirectories(dir.resolve("more"));
      ManyDocuments.write(40, 3, more);
      new CorpusIndexer(CorpusIndexer.Options.defaults().withNlp(NlpMode.OFF).withCommitEvery(10)).index(List.of(more), fixtures.index, null);
      Thread.sleep(300);
      stop.set(true);
      client.join();
      HttpResponse<String> health = null;
      for (int i = 0; i < 30; i++) { // the server looks for new commits once a second
        health = http.send(HttpRequest.newBuilder(URI.create(url + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
        if (health.body().contains("\"documents\":" + (4 + 40))) break;
        Thread.sleep(200);
      }
      app.stop();
      System.out.printf("live re-index: %d requests answered, %d failed%n", ok.get(), failed.get());
      assertEquals(0, failed.get());
      assertTrue(ok.get() > 10, "requests during the run: " + ok.get());
      assertTrue(health.body().contains("\"documents\":" + (4 + 40)), "new documents visible without restart: " + health.body());
    }
  }
}
