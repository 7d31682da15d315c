package org.igfatlas.index;

import org.igfatlas.pipeline.DocumentPipeline;
import org.igfatlas.pipeline.ProcessedDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.igfatlas.corpus.Sidecar;
import org.igfatlas.extract.ExtractionException;
import org.igfatlas.extract.ExtractionLimits;
import org.igfatlas.extract.Extractor;
import org.igfatlas.nlp.DocumentEnricher;
import org.igfatlas.nlp.Enrichment;
import org.igfatlas.nlp.NlpCache;
import org.igfatlas.nlp.NlpMode;
import org.igfatlas.structure.DocumentStructurer;
import org.igfatlas.structure.StructuredDocument;
import org.igfatlas.tag.Tagger;

/**
 * Indexes files and folders: extract (Tika), structure (passages), tag, write (Lucene), on a pool of worker
 * threads. A file that fails is reported with its path and reason and the run goes on; unchanged files (same
 * content hash, same {@link Pipeline#ID}) are skipped unless {@code force} is set.
 */
public final class CorpusIndexer {
  public static final List<String> STAGES = List.of("extract", "structure", "tag", "nlp", "write", "merge");

  /**
   * Options of a run. {@code commitEvery}: documents between commits, so that an interrupted run keeps what it
   * had committed and the next run skips those files as unchanged.
   */
  public record Options(int threads, boolean force, boolean progress, ExtractionLimits limits, NlpMode nlp, int commitEvery) {
    public static Options defaults() {
      return new Options(Math.max(1, Runtime.getRuntime().availableProcessors()), false, false, ExtractionLimits.DEFAULT,
          NlpMode.FAST, 500);
    }

    public Options withProgress(boolean p) {
      return new Options(threads, force, p, limits, nlp, commitEvery);
    }

    public Options withForce(boolean f) {
      return new Options(threads, f, progress, limits, nlp, commitEvery);
    }

    public Options withNlp(NlpMode mode) {
      return new Options(threads, force, progress, limits, mode, commitEvery);
    }

    public Options withThreads(int n) {
      return new Options(n, force, progress, limits, nlp, commitEvery);
    }

    public Options withCommitEvery(int n) {
      return new Options(threads, force, progress, limits, nlp, Math.max(1, n));
    }

    public Options withLimits(ExtractionLimits l) {
      return new Options(threads, force, progress, l, nlp, commitEvery);
    }
  }

  private final Options options;
  private final DocumentStructurer structurer = new DocumentStructurer();
  private final Tagger tagger = new Tagger();
  private final Map<String, LongAdder> stageNanos = new ConcurrentHashMap<>();

  public CorpusIndexer(Options options) {
    this.options = options;
    STAGES.forEach(s -> stageNanos.put(s, new LongAdder()));
  }

  /** Indexes {@code inputs} (files or folders, walked recursively) into the index at {@code indexDir}. */
  public IndexSummary index(List<Path> inputs, Path indexDir, PrintStream log) throws IOException {
    return index(inputs, indexDir, () -> AtlasIndexWriter.open(indexDir), log);
  }

  /**
   * Indexes {@code inputs} into the sink {@code opener} opens (and the run closes): the embedded index, or a SolrCloud
   * collection; the language-analysis cache lives beside {@code indexDir} either way.
   */
  public IndexSummary index(List<Path> inputs, Path indexDir, IndexSink.Opener opener, PrintStream log) throws IOException {
    long t0 = System.nanoTime();
    List<IndexSummary.Problem> failures = Collections.synchronizedList(new ArrayList<>());
    List<IndexSummary.Problem> warnings = Collections.synchronizedList(new ArrayList<>());
    List<Source> files = sources(inputs, failures);
    int unreachable = failures.size(); // missing inputs, unreadable folders, symlink loops: files no worker will see
    AtomicInteger indexed = new AtomicInteger();
    AtomicInteger unchanged = new AtomicInteger();
    AtomicLong passages = new AtomicLong();
    AtomicLong nlpTokens = new AtomicLong();
    NlpCache cache = new NlpCache(indexDir.toAbsolutePath().resolveSibling(indexDir.getFileName() + ".nlp-cache"));
    DocumentEnricher enricher = new DocumentEnricher(options.nlp(), cache);
    String pipeline = DocumentPipeline.id(enricher.id());
    try (IndexSink writer = opener.open();
         Extractor extractor = new Extractor(options.limits());
         ProgressBar bar = options.progress() ? progressBar(files.size()) : null) {
      DocumentPipeline pipelineStages = DocumentPipeline.indexing(extractor, structurer, tagger, enricher);
      IndexSink.Known index = writer.known();
      Map<String, String> known = options.force() ? Map.of() : index.versions();
      // content hash -> the document that holds it: a second path with the same content becomes one of its sources
      Map<String, String> byHash = new java.util.concurrent.ConcurrentHashMap<>(index.documentByHash());
      Map<String, String> aliasOf = index.aliasOf();
      ExecutorService pool = Executors.newFixedThreadPool(options.threads());
      // set when the index can no longer be written (disk full, I/O error): the run stops, committed work stays
      java.util.concurrent.atomic.AtomicReference<IOException> stopped = new java.util.concurrent.atomic.AtomicReference<>();
      try {
        List<Future<?>> tasks = new ArrayList<>();
        for (Source source : files) {
          tasks.add(pool.submit(() -> {
            String shown = source.name();
            if (stopped.get() != null) return;
            try {
              Outcome o = process(source, known, byHash, aliasOf, pipelineStages, writer, pipeline);
              if (o == null) {
                unchanged.incrementAndGet();
              } else if (o.aliasOf() != null) {
                indexed.incrementAndGet();
                warnings.add(new IndexSummary.Problem(shown, "the same content as document " + o.aliasOf()
                    + ": indexed once, this file listed as another of its sources"));
              } else {
                if (indexed.incrementAndGet() % options.commitEvery() == 0) writer.commit();
                passages.addAndGet(o.passages());
                nlpTokens.addAndGet(o.nlpTokens());
                o.warnings().forEach(w -> warnings.add(new IndexSummary.Problem(shown, w)));
              }
            } catch (OutOfMemoryError e) { // the file's own allocations are garbage now: the run goes on without it
              String reason = "out of memory: the document is too large for this heap (raise -Xmx, e.g. IGF_JAVA_OPTS=-Xmx3g)";
              failures.add(new IndexSummary.Problem(shown, reason));
              if (log != null) log.println("igf: skipped " + shown + ": " + reason);
            } catch (ExtractionException | IOException | RuntimeException e) {
              IOException tragedy = writer.tragedy();
              if (tragedy != null) { // not this file's fault: nothing more can be written
                stopped.compareAndSet(null, tragedy);
                return;
              }
              String reason = e instanceof ExtractionException || e instanceof Sidecar.InvalidException ? e.getMessage()
                  : e.getClass().getSimpleName() + ": " + e.getMessage();
              failures.add(new IndexSummary.Problem(shown, reason));
              if (log != null) log.println("igf: skipped " + shown + ": " + reason);
            } finally {
              if (bar != null) {
                double secs = Math.max(1e-3, (System.nanoTime() - t0) / 1e9);
                bar.setExtraMessage(String.format(" %,.0f tokens/s", nlpTokens.get() / secs));
                bar.step();
              }
            }
          }));
        }
        for (Future<?> f : tasks) f.get();
      } catch (Exception e) {
        throw new IOException("indexing interrupted: " + e.getMessage(), e);
      } finally {
        pool.shutdownNow();
      }
      if (stopped.get() != null) {
        throw new IOException("the index can no longer be written after " + indexed.get() + " documents: "
            + stopped.get().getMessage(), stopped.get());
      }
      long merging;
      boolean merged;
      try {
        writer.commit();
        merging = System.nanoTime();
        merged = writer.mergeIfMostlyRewritten(indexed.get());
      } catch (IOException | RuntimeException e) {
        IOException tragedy = writer.tragedy();
        if (tragedy == null) throw e;
        throw new IOException("the index can no longer be written (" + tragedy.getMessage() + "); the last commit is kept", tragedy);
      }
      if (merged) {
        stageNanos.get("merge").add(System.nanoTime() - merging);
        if (log != null) log.printf("merged the index into one segment in %.1f s%n", (System.nanoTime() - merging) / 1e9);
      }
      Map<String, Long> stages = new LinkedHashMap<>();
      STAGES.forEach(s -> stages.put(s, stageNanos.get(s).sum() / 1_000_000));
      failures.sort(java.util.Comparator.comparing(IndexSummary.Problem::path));
      return new IndexSummary(files.size() + unreachable, indexed.get(), unchanged.get(),
          List.copyOf(failures), List.copyOf(warnings), passages.get(), stages, (System.nanoTime() - t0) / 1_000_000,
          writer.documentCount(), writer.passageCount(), options.nlp().name().toLowerCase(java.util.Locale.ROOT),
          nlpTokens.get(), cache.hits(), cache.misses(), merged);
    }
  }

  /** What processing a file gave: its passages, or ({@code aliasOf} set) a mirror of an indexed document. */
  private record Outcome(int passages, List<String> warnings, long nlpTokens, String aliasOf) {}

  private Outcome process(Source source, Map<String, String> known, Map<String, String> byHash, Map<String, String> aliasOf,
                          DocumentPipeline stages, IndexSink writer, String pipeline)
      throws ExtractionException, IOException {
    Path file = source.file();
    String shown = source.name();
    if (!Files.isRegularFile(file)) throw new ExtractionException("not a regular file (a named pipe, device or socket)");
    String docId = docId(source.key());
    String hash = sha256(file);
    boolean unchanged = (hash + "|" + pipeline).equals(known.get(docId));
    String wasAliasOf = aliasOf.get(docId);
    if (unchanged && (wasAliasOf == null || wasAliasOf.equals(byHash.get(hash)))) return null;
    String holder = byHash.putIfAbsent(hash, docId);
    if (holder != null && !holder.equals(docId)) {
      Optional<Sidecar> sidecar = Sidecar.of(file);
      String url = sidecar.map(Sidecar::source).orElse(null);
      writer.writeAlias(docId, holder, shown, url != null ? url : shown, hash, pipeline);
      return new Outcome(0, List.of(), 0, holder);
    }
    ProcessedDocument d = stages.run(new ProcessedDocument(file, hash, Sidecar.of(file)), (stage, nanos) -> stageNanos.get(stage).add(nanos));
    long t = System.nanoTime();
    StructuredDocument structure = d.structure();
    Enrichment enrichment = d.enrichment();
    writer.write(new DocumentRecord(docId, shown, hash, d.extracted(), structure, d.tags(), enrichment,
        TextStats.countTokens(d.extracted().text())), pipeline);
    stageNanos.get("write").add(System.nanoTime() - t);
    List<String> warnings = d.warnings();
    long tokens = enrichment.passages().stream().mapToLong(Enrichment.PassageEnrichment::tokens).sum();
    return new Outcome(structure.passages().size(), warnings, tokens, null);
  }

  /**
   * A file to index and its identity in the collection: {@code name} is the input folder's own name and the path
   * below it ("corpus/2019/ws5.txt"), control characters escaped, as users see it and the API's {@code source}
   * shows it; {@code key}, hashed into the document id, is the same with the file name's raw bytes kept
   * (percent-encoded), so two names that differ only in bytes that are not UTF-8 stay two documents. Neither
   * depends on the working directory: indexing a folder from anywhere gives the same ids.
   */
  public record Source(Path file, String name, String key) {}

  /** The regular files under {@code inputs} with their collection names (an input file belongs to its folder). */
  public static List<Source> sources(List<Path> inputs, List<IndexSummary.Problem> failures) throws IOException {
    java.util.TreeMap<Path, Source> out = new java.util.TreeMap<>();
    for (Path input : inputs) {
      List<Path> files = collect(List.of(input), failures);
      Path abs = input.toAbsolutePath().normalize();
      Path root = Files.isDirectory(abs) ? abs : abs.getParent();
      String rootName = root == null || root.getFileName() == null ? "" : root.getFileName().toString();
      String rootRaw = root == null || root.getFileName() == null ? "" : rawName(root.getFileName());
      java.net.URI rootUri = root == null ? null : root.toUri();
      for (Path f : files) {
        Path fa = f.toAbsolutePath().normalize();
        String rel = root == null ? fa.toString() : root.relativize(fa).toString();
        String raw = rootUri == null ? fa.toUri().getRawPath() : rootUri.relativize(fa.toUri()).getRawPath();
        out.putIfAbsent(fa, new Source(f, printable((rootName.isEmpty() ? "" : rootName + "/") + rel),
            (rootRaw.isEmpty() ? "" : rootRaw + "/") + raw));
      }
    }
    return new ArrayList<>(out.values());
  }

  /** A file name's raw bytes, percent-encoded where they are not plain (what {@link Path#toUri} gives). */
  private static String rawName(Path name) {
    String p = name.toAbsolutePath().toUri().getRawPath();
    if (p.endsWith("/")) p = p.substring(0, p.length() - 1);
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /** {@code s} with control characters shown as {@code \xNN}: a file name cannot forge a line of the report. */
  public static String printable(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x202E) b.append(String.format("\\x%02X", c & 0xFF));
      else b.appendCodePoint(c);
    });
    return b.toString();
  }

  /** Regular files under {@code inputs}, sorted; hidden files, sidecars and READMEs are not documents. */
  public static List<Path> collect(List<Path> inputs, List<IndexSummary.Problem> failures) throws IOException {
    TreeSet<Path> out = new TreeSet<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        failures.add(new IndexSummary.Problem(displayPath(input), "no such file or folder"));
        continue;
      }
      Files.walkFileTree(input, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(input) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!hidden(file) && !Sidecar.isSidecar(file) && !file.getFileName().toString().equalsIgnoreCase("README.md")) {
            if (attrs.isRegularFile()) out.add(file); // attributes of a link's target: a link to /dev/zero is not one
            else failures.add(new IndexSummary.Problem(displayPath(file), "not a regular file (a named pipe, device or socket): skipped"));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          String reason = e instanceof FileSystemLoopException ? "symbolic link loop" : "cannot read: " + e;
          failures.add(new IndexSummary.Problem(displayPath(file), reason));
          return FileVisitResult.CONTINUE;
        }
      });
    }
    return new ArrayList<>(out);
  }

  private static boolean hidden(Path p) {
    return p.getFileName() != null && p.getFileName().toString().startsWith(".");
  }

  /** A path as messages show it: relative to the working directory when inside it, control characters escaped. */
  public static String displayPath(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath().normalize();
    Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    return printable(shown.toString());
  }

  /** A stable document id: 16 hex digits of the SHA-256 of a {@link Source#key()}. */
  public static String docId(String key) {
    return HexFormat.of().formatHex(digest().digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0, 8);
  }

  static String sha256(Path file) throws IOException {
    MessageDigest md = digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ProgressBar progressBar(int n) {
    return new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(n).setStyle(ProgressBarStyle.ASCII)
        .setUnit(" files", 1).setConsumer(new ConsoleProgressBarConsumer(System.err)).showSpeed().build();
  }
}
