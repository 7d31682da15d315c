package org.igfatlas.index;

import java.io.IOException;
import java.util.Map;

/**
 * Where {@link CorpusIndexer} writes a document's entries: the embedded Lucene index ({@link AtlasIndexWriter}) or a
 * SolrCloud collection ({@link SolrIndexWriter}). Both receive the same entries, built once by {@link LuceneDocuments}.
 */
public interface IndexSink extends AutoCloseable {
  /** Opens a sink when the run is ready to write (so a run that fails before writing leaves no lock behind). */
  @FunctionalInterface
  interface Opener {
    IndexSink open() throws IOException;
  }

  /** What the index holds: per id its version ("contentHash|pipeline"), and which ids are aliases of which document. */
  record Known(Map<String, String> versions, Map<String, String> aliasOf, Map<String, String> documentByHash) {}

  Known known() throws IOException;

  /** Writes (or replaces) a document's entries; {@code pipelineId} is stored to decide later whether it is unchanged. */
  void write(DocumentRecord record, String pipelineId) throws IOException;

  /** Records {@code docId} (a file whose content is already indexed as {@code aliasOf}) as another source of it. */
  void writeAlias(String docId, String aliasOf, String path, String source, String contentHash, String pipelineId) throws IOException;

  /** Makes everything written so far durable and visible. */
  void commit() throws IOException;

  /** After a run that rewrote most of the index, compacts it; returns whether it did. */
  boolean mergeIfMostlyRewritten(int documentsWritten) throws IOException;

  /** The error after which nothing more can be written (a full disk), or null. */
  IOException tragedy();

  /** How many entries of {@code kind} ({@code IndexSchema.KIND_DOCUMENT}, …) the index holds. */
  int count(String kind) throws IOException;

  default int documentCount() throws IOException {
    return count(org.igfatlas.schema.IndexSchema.KIND_DOCUMENT);
  }

  default int passageCount() throws IOException {
    return count(org.igfatlas.schema.IndexSchema.KIND_PASSAGE);
  }

  @Override
  void close() throws IOException;
}
