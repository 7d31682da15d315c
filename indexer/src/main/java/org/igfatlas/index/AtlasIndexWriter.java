package org.igfatlas.index;

import org.igfatlas.schema.IndexSchema;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene writer. Each document's entries are written as one block with
 * {@link IndexWriter#updateDocuments}, replacing whatever that document id had before, so re-indexing a file
 * never duplicates it and a reader never sees half a document.
 */
public final class AtlasIndexWriter implements IndexSink {
  private final IndexWriter writer;
  private final LuceneDocuments documents = new LuceneDocuments();

  private AtlasIndexWriter(IndexWriter writer) {
    this.writer = writer;
  }

  /**
   * Opens the index at {@code dir} for writing. An index written with another {@link IndexSchema#VERSION} is
   * recreated: its fields would not agree with this version's (Lucene refuses such documents).
   */
  public static AtlasIndexWriter open(Path dir) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
    String schema = schemaVersion(dir);
    boolean stale = schema != null && !schema.equals(Integer.toString(IndexSchema.VERSION));
    config.setOpenMode(stale ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
    config.setCommitOnClose(false);
    // a failed background merge (a full disk) makes the writer's error tragic, which the run reports in one line;
    // the scheduler's default would also print the merge thread's stack trace
    config.setMergeScheduler(new org.apache.lucene.index.ConcurrentMergeScheduler() {
      @Override
      protected void handleMergeException(Throwable exc) {
        // recorded by the IndexWriter (getTragicException) and reported by the indexer
      }
    });
    IndexWriter w = new IndexWriter(FSDirectory.open(dir), config);
    return new AtlasIndexWriter(w);
  }

  /** The schema version recorded in the last commit of the index at {@code dir}; null when there is no index. */
  public static String schemaVersion(Path dir) throws IOException {
    if (!java.nio.file.Files.isDirectory(dir)) return null;
    try (FSDirectory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) return null;
      try (DirectoryReader r = DirectoryReader.open(d)) {
        return r.getIndexCommit().getUserData().getOrDefault("schema", "unknown");
      }
    }
  }

  /** True when the index at {@code dir} exists and was written with this version's schema. */
  public static boolean isCurrent(Path dir) throws IOException {
    return Integer.toString(IndexSchema.VERSION).equals(schemaVersion(dir));
  }

  @Override
  public void write(DocumentRecord record, String pipelineId) throws IOException {
    writer.updateDocuments(new Term(IndexSchema.DOC_ID, record.docId()), documents.build(record, pipelineId));
  }

  /**
   * Records {@code docId} (a file whose content is already indexed as {@code aliasOf}) as another source of that
   * document, replacing whatever {@code docId} had before.
   */
  @Override
  public void writeAlias(String docId, String aliasOf, String path, String source, String contentHash, String pipelineId)
      throws IOException {
    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
    d.add(new org.apache.lucene.document.StringField(IndexSchema.KIND, IndexSchema.KIND_ALIAS, org.apache.lucene.document.Field.Store.YES));
    d.add(new org.apache.lucene.document.StringField(IndexSchema.DOC_ID, docId, org.apache.lucene.document.Field.Store.YES));
    // the same field types as every other entry's: Lucene refuses a field whose doc values change type
    d.add(new org.apache.lucene.document.SortedDocValuesField(IndexSchema.DOC_ID, new org.apache.lucene.util.BytesRef(docId)));
    d.add(new org.apache.lucene.document.StringField(IndexSchema.ALIAS_OF, aliasOf, org.apache.lucene.document.Field.Store.YES));
    d.add(new org.apache.lucene.document.StoredField(IndexSchema.PATH, path));
    d.add(new org.apache.lucene.document.StoredField(IndexSchema.SOURCE, source));
    d.add(new org.apache.lucene.document.StoredField(IndexSchema.CONTENT_HASH, contentHash));
    d.add(new org.apache.lucene.document.StoredField(IndexSchema.PIPELINE, pipelineId));
    writer.updateDocuments(new Term(IndexSchema.DOC_ID, docId), List.of(d));
  }

  @Override
  public Known known() throws IOException {
    Map<String, String> versions = new HashMap<>();
    Map<String, String> aliasOf = new HashMap<>();
    Map<String, String> byHash = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String kind : List.of(IndexSchema.KIND_DOCUMENT, IndexSchema.KIND_ALIAS)) {
        TermQuery q = new TermQuery(new Term(IndexSchema.KIND, kind));
        TopDocs top = searcher.search(q, Math.max(1, searcher.count(q)));
        StoredFields stored = searcher.storedFields();
        Set<String> fields = Set.of(IndexSchema.DOC_ID, IndexSchema.CONTENT_HASH, IndexSchema.PIPELINE, IndexSchema.ALIAS_OF);
        for (ScoreDoc sd : top.scoreDocs) {
          var d = stored.document(sd.doc, fields);
          versions.put(d.get(IndexSchema.DOC_ID), d.get(IndexSchema.CONTENT_HASH) + "|" + d.get(IndexSchema.PIPELINE));
          if (kind.equals(IndexSchema.KIND_ALIAS)) aliasOf.put(d.get(IndexSchema.DOC_ID), d.get(IndexSchema.ALIAS_OF));
          else byHash.putIfAbsent(d.get(IndexSchema.CONTENT_HASH), d.get(IndexSchema.DOC_ID));
        }
      }
    }
    return new Known(versions, aliasOf, byHash);
  }

  @Override
  public int count(String kind) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(IndexSchema.KIND, kind)));
    }
  }

  /**
   * After a run that wrote at least half of the index's documents (a first build, a rebuild), merges the index into
   * one segment and commits: searches then count facets without mapping segment ordinals to global ones and visit
   * one segment instead of a dozen (measured on the 10k-document benchmark: 12.8 s of merging for 527 k passages;
   * default-facet search 8.7 -> 6.3 ms, document unit 7.5 -> 5.2 ms). Small updates leave the segments as they are:
   * rewriting a large index for a few files would cost more than it saves.
   *
   * @return whether it merged
   */
  @Override
  public boolean mergeIfMostlyRewritten(int documentsWritten) throws IOException {
    try {
      return mergeIfMostlyRewritten0(documentsWritten);
    } catch (IllegalStateException e) { // "this writer hit an unrecoverable error; cannot complete forceMerge"
      IOException t = tragedy();
      if (t != null) throw t;
      throw e;
    }
  }

  private boolean mergeIfMostlyRewritten0(int documentsWritten) throws IOException {
    if (documentsWritten == 0) return false;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      int documents = new IndexSearcher(reader).count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)));
      if (documents == 0 || documentsWritten * 2L < documents) return false;
      if (reader.leaves().size() <= 1 && reader.numDeletedDocs() == 0) return false;
    }
    writer.forceMerge(1);
    commit();
    return true;
  }

  /** Makes everything written so far durable and visible to readers that reopen. */
  @Override
  public synchronized void commit() throws IOException {
    writer.setLiveCommitData(Map.of("schema", Integer.toString(IndexSchema.VERSION), "pipeline", org.igfatlas.pipeline.DocumentPipeline.VERSION,
        "committed", java.time.Instant.now().toString()).entrySet());
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    if (writer.getTragicException() != null) return; // Lucene closed it already; what was committed is intact
    writer.close();
  }

  /**
   * The error that made Lucene close the writer (a full disk, a file too large, an I/O failure), or null while it
   * can still write. After it no document can be written: the run stops rather than fail every remaining file.
   */
  @Override
  public IOException tragedy() {
    Throwable t = writer.getTragicException();
    if (t == null) return writer.isOpen() ? null : new IOException("the index writer was closed");
    return t instanceof IOException io ? io : new IOException(t.getMessage(), t);
  }
}
