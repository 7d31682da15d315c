package org.igfatlas.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.igfatlas.schema.IndexSchema;
import org.igfatlas.schema.Resources;
import org.igfatlas.solr.Collections;
import org.igfatlas.solr.Params;
import org.igfatlas.solr.SolrClient;
import org.igfatlas.solr.SolrException;

/**
 * Writes the entries of the embedded index ({@link LuceneDocuments}, converted by {@link SolrEntries}) to a SolrCloud
 * collection, creating it with the project's configset when it is missing. Entries go in batches (about
 * {@value #BATCH_ENTRIES} entries), each a JSON update that first deletes the earlier entries of a re-indexed
 * document; a batch that fails is retried three times with a growing pause, then the run stops with the reason.
 */
public final class SolrIndexWriter implements IndexSink {
  static final int BATCH_ENTRIES = 2_000;
  private static final long[] RETRY_PAUSES_MS = {1_000, 3_000, 9_000};

  private final SolrClient solr;
  private final String collection;
  private final LuceneDocuments documents = new LuceneDocuments();
  private final StringBuilder batch = new StringBuilder();
  private int batchEntries;
  private final Set<String> indexedBefore = new HashSet<>();

  private final long[] retryPauses;

  private SolrIndexWriter(SolrClient solr, String collection, long[] retryPauses) {
    this.solr = solr;
    this.collection = collection;
    this.retryPauses = retryPauses;
  }

  /** Opens {@code collection} (creating it with {@code shards} shards of {@code replicas} replicas when missing). */
  public static SolrIndexWriter open(SolrClient solr, String collection, int shards, int replicas) throws IOException {
    return open(solr, collection, shards, replicas, RETRY_PAUSES_MS);
  }

  /** As {@link #open(SolrClient, String, int, int)}, with the pauses between attempts at a batch (tests shorten them). */
  static SolrIndexWriter open(SolrClient solr, String collection, int shards, int replicas, long[] retryPauses) throws IOException {
    try {
      solr.refreshLiveNodes();
      Collections.ensure(solr, collection, shards, replicas);
    } catch (SolrException e) {
      throw new IOException("SolrCloud: " + e.getMessage(), e);
    }
    return new SolrIndexWriter(solr, collection, retryPauses);
  }

  @Override
  public Known known() throws IOException {
    Map<String, String> versions = new HashMap<>();
    Map<String, String> aliasOf = new HashMap<>();
    Map<String, String> byHash = new HashMap<>();
    String cursor = "*";
    while (true) {
      JsonNode r = select(Params.of("q", "*:*", "fq", IndexSchema.KIND + ":(" + IndexSchema.KIND_DOCUMENT + " OR " + IndexSchema.KIND_ALIAS + ")",
          "fl", "id,kind,docId,contentHash,pipeline,aliasOf", "sort", "id asc", "rows", "1000", "cursorMark", cursor));
      for (JsonNode d : r.path("response").path("docs")) {
        String id = d.path(IndexSchema.DOC_ID).asText();
        versions.put(id, d.path(IndexSchema.CONTENT_HASH).asText() + "|" + d.path(IndexSchema.PIPELINE).asText());
        indexedBefore.add(id);
        if (IndexSchema.KIND_ALIAS.equals(d.path(IndexSchema.KIND).asText())) aliasOf.put(id, d.path(IndexSchema.ALIAS_OF).asText());
        else byHash.putIfAbsent(d.path(IndexSchema.CONTENT_HASH).asText(), id);
      }
      String next = r.path("nextCursorMark").asText(cursor);
      if (next.equals(cursor)) break;
      cursor = next;
    }
    return new Known(versions, aliasOf, byHash);
  }

  @Override
  public void write(DocumentRecord record, String pipelineId) throws IOException {
    add(record.docId(), SolrEntries.entries(documents.build(record, pipelineId), record.docId()));
  }

  @Override
  public void writeAlias(String docId, String aliasOf, String path, String source, String contentHash, String pipelineId)
      throws IOException {
    ObjectNode d = Resources.JSON.createObjectNode();
    d.put("id", docId + "!alias");
    d.put(IndexSchema.KIND, IndexSchema.KIND_ALIAS);
    d.put(IndexSchema.DOC_ID, docId);
    d.put(IndexSchema.ALIAS_OF, aliasOf);
    d.put(IndexSchema.PATH, path);
    d.put(IndexSchema.SOURCE, source);
    d.put(IndexSchema.CONTENT_HASH, contentHash);
    d.put(IndexSchema.PIPELINE, pipelineId);
    add(docId, List.of(d));
  }

  /** Appends a document's entries to the batch (after deleting what it had, when it was indexed before). */
  private synchronized void add(String docId, List<ObjectNode> entries) throws IOException {
    if (tragedy != null) throw tragedy;
    if (indexedBefore.contains(docId)) {
      separator();
      batch.append("\"delete\":{\"query\":\"").append(IndexSchema.DOC_ID).append(":").append(docId).append("\"}");
    }
    for (ObjectNode e : entries) {
      separator();
      batch.append("\"add\":{\"doc\":").append(Resources.JSON.writeValueAsString(e)).append('}');
      batchEntries++;
    }
    if (batchEntries >= BATCH_ENTRIES) flush();
  }

  private void separator() {
    batch.append(batch.length() == 0 ? "{" : ",");
  }

  private synchronized void flush() throws IOException {
    if (tragedy != null) throw tragedy;
    if (batch.length() == 0) return;
    byte[] body = (batch + "}").getBytes(StandardCharsets.UTF_8);
    batch.setLength(0);
    batchEntries = 0;
    try {
      update(body, Params.of("wt", "json"));
    } catch (IOException e) {
      tragedy = e; // the batch held other documents too: the run stops rather than count them as written
      throw e;
    }
  }

  /** The failure after which nothing more is sent: a batch the collection did not take after the retries. */
  private volatile IOException tragedy;

  private void update(byte[] body, Params params) throws IOException {
    SolrException last = null;
    for (int attempt = 0; attempt <= retryPauses.length; attempt++) {
      try {
        solr.post("/" + collection + "/update", params, "application/json", body);
        return;
      } catch (SolrException e) {
        last = e;
        if (e.status() < 500) break; // a refused document does not get better by sending it again
        if (attempt < retryPauses.length) {
          try {
            Thread.sleep(retryPauses[attempt]);
            solr.refreshLiveNodes();
          } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            break;
          } catch (SolrException again) {
            last = again;
          }
        }
      }
    }
    throw new IOException("SolrCloud collection '" + collection + "' refused or did not take a batch: " + last.getMessage(), last);
  }

  @Override
  public synchronized void commit() throws IOException {
    flush();
    update("{}".getBytes(StandardCharsets.UTF_8), Params.of("commit", "true", "wt", "json"));
  }

  /** SolrCloud merges segments itself. */
  @Override
  public boolean mergeIfMostlyRewritten(int documentsWritten) {
    return false;
  }

  @Override
  public IOException tragedy() {
    return tragedy;
  }

  @Override
  public int count(String kind) throws IOException {
    return (int) select(Params.of("q", "*:*", "fq", IndexSchema.KIND + ":" + kind, "rows", "0")).path("response").path("numFound").asLong();
  }

  private JsonNode select(Params p) throws IOException {
    try {
      return solr.select(collection, p);
    } catch (SolrException e) {
      throw new IOException("SolrCloud: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    if (tragedy == null) flush();
  }
}
