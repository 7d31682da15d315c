package org.igfatlas.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.igfatlas.index.CorpusIndexer;
import org.igfatlas.index.IndexSummary;
import org.igfatlas.nlp.NlpMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code igf index PATH... [--index DIR]}: (re)indexes files and folders and prints a summary. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"(Re)index files and folders (PDF, DOCX, DOC, HTML, TXT, RTF, ODT).",
        "Unchanged files are skipped; files that fail are reported and the run goes on.",
        "Exit status 0 unless nothing could be indexed."})
public final class IndexCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to index")
  List<Path> paths;

  @Option(names = "--index", defaultValue = "data/index", description = "Index folder (default: ${DEFAULT-VALUE})")
  Path index;

  @Option(names = "--threads", description = "Worker threads (default: number of cores)")
  Integer threads;

  @Option(names = "--force", description = "Re-process files even when unchanged")
  boolean force;

  @Option(names = "--commit-every", defaultValue = "500",
      description = "Commit after this many documents, so an interrupted run keeps its work (default: ${DEFAULT-VALUE})")
  int commitEvery;

  @Option(names = "--nlp", defaultValue = "fast",
      description = "Language analysis: off (no CoreNLP: no entities, no recommendations), fast (default), full")
  String nlp;

  @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Show a progress bar (default: on; --no-progress turns it off)")
  boolean progress;

  @Option(names = "--solr", paramLabel = "URL[,URL...]",
      description = "Write to a SolrCloud collection instead of the embedded index: node URLs such as http://127.0.0.1:8983/solr "
          + "(igf solr start prints them); the collection is created with the project's configset when missing")
  String solr;

  @Option(names = "--collection", defaultValue = "igf", description = "SolrCloud collection (default: ${DEFAULT-VALUE})")
  String collection;

  @Option(names = "--shards", defaultValue = "2", description = "Shards of a new collection (default: ${DEFAULT-VALUE})")
  int shards;

  @Option(names = "--replicas", defaultValue = "2", description = "Replicas of each shard of a new collection (default: ${DEFAULT-VALUE})")
  int replicas;

  @Override
  public Integer call() throws Exception {
    if (solr != null) return toSolr();
    try {
      IndexSummary s = run(paths, index, threads, force, progress, nlpMode(nlp), commitEvery, System.out);
      return s.nothingIndexed() ? 1 : 0;
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      System.err.println("igf: the index " + index + " is being written by another igf index (its write.lock is held): "
          + "wait for that run to finish, or give another --index");
      return 2;
    } catch (java.io.IOException e) {
      if (!noSpaceLeft(e)) throw e;
      System.err.println("igf: no room to write the index " + index + " (" + rootMessage(e) + "): free some space (or "
          + "raise the file size limit) and run igf index again; what was committed before is kept and unchanged "
          + "files will be skipped");
      return 2;
    }
  }

  /** {@code --solr}: the same pipeline and entries, written to a SolrCloud collection. */
  private Integer toSolr() throws Exception {
    org.igfatlas.index.SolrIndexWriter sink;
    try {
      sink = org.igfatlas.index.SolrIndexWriter.open(org.igfatlas.solr.SolrClient.connect(solr), collection, shards, replicas);
    } catch (IllegalArgumentException | java.io.IOException e) {
      System.err.println("igf: " + e.getMessage());
      return 2;
    }
    try {
      org.igfatlas.index.SolrIndexWriter opened = sink;
      IndexSummary s = new CorpusIndexer(options(threads, force, progress, nlpMode(nlp), commitEvery))
          .index(paths, index, () -> opened, System.err);
      print(s, Path.of("solr:" + collection), System.out);
      return s.nothingIndexed() ? 1 : 0;
    } catch (java.io.IOException e) {
      System.err.println("igf: " + e.getMessage());
      return 2;
    }
  }

  /** What the operating system says when it refuses to let a file grow: ENOSPC, EDQUOT, EFBIG. */
  private static final List<String> NO_ROOM = List.of("No space left on device", "Disk quota exceeded", "File too large");

  /** Whether an exception, or one of its causes, is the file system refusing more bytes (disk full, quota, limit). */
  static boolean noSpaceLeft(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && NO_ROOM.stream().anyMatch(t.getMessage()::contains)) return true;
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    return t.getMessage();
  }

  public static NlpMode nlpMode(String s) {
    try {
      return NlpMode.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new IndexCommand()),
          "--nlp must be off, fast or full, not '" + s + "'");
    }
  }

  static IndexSummary run(List<Path> paths, Path index, Integer threads, boolean force, boolean progress,
                          NlpMode nlp, int commitEvery, PrintStream out) throws Exception {
    IndexSummary s = new CorpusIndexer(options(threads, force, progress, nlp, commitEvery)).index(paths, index, System.err);
    print(s, index, out);
    return s;
  }

  /** The indexer's options from the command line, whichever index it writes. */
  private static CorpusIndexer.Options options(Integer threads, boolean force, boolean progress, NlpMode nlp, int commitEvery) {
    CorpusIndexer.Options o = CorpusIndexer.Options.defaults().withForce(force).withProgress(progress).withNlp(nlp)
        .withCommitEvery(commitEvery);
    return threads == null ? o : o.withThreads(threads);
  }

  static void print(IndexSummary s, Path index, PrintStream out) {
    out.printf("Indexed %d of %d files into %s (%d unchanged, %d failed) in %.1f s%n", s.indexed(), s.files(), index,
        s.unchanged(), s.failures().size(), s.elapsedMillis() / 1000.0);
    out.printf("  passages written: %d; index now holds %d documents, %d passages%n", s.passages(),
        s.documentsInIndex(), s.passagesInIndex());
    StringBuilder stages = new StringBuilder("  time per stage (summed over threads):");
    s.stageMillis().forEach((k, v) -> stages.append(String.format(" %s %.1f s", k, v / 1000.0)));
    out.println(stages);
    long nlpMs = s.stageMillis().getOrDefault("nlp", 0L);
    out.printf("  nlp (%s): %,d tokens, %,.0f tokens/s per thread; annotation cache %d hits, %d misses%n", s.nlp(),
        s.nlpTokens(), nlpMs == 0 ? 0.0 : s.nlpTokens() * 1000.0 / nlpMs, s.nlpCacheHits(), s.nlpCacheMisses());
    if (!s.failures().isEmpty()) {
      out.println("  failed:");
      s.failures().forEach(p -> out.println("    " + p.path() + ": " + p.reason()));
    }
    if (!s.warnings().isEmpty()) {
      out.println("  warnings:");
      s.warnings().forEach(p -> out.println("    " + p.path() + ": " + p.reason()));
    }
  }
}
