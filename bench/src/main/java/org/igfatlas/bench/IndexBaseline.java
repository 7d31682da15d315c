package org.igfatlas.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.igfatlas.schema.IndexSchema;

/** The plain Lucene baseline: the same passages, the same analyzer, a bare IndexWriter, one stored text field. */
final class IndexBaseline {
  private IndexBaseline() {}

  /** Seconds to index {@code passages} with {@code threads} threads and commit. */
  static double index(List<String> passages, Path dir, int threads) throws Exception {
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
    config.setRAMBufferSizeMB(128);
    long t0 = System.nanoTime();
    try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), config)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        int chunk = (passages.size() + threads - 1) / threads;
        List<Future<?>> fs = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
          List<String> part = passages.subList(Math.min(passages.size(), t * chunk), Math.min(passages.size(), (t + 1) * chunk));
          fs.add(pool.submit(() -> {
            for (String p : part) {
              Document d = new Document();
              d.add(new TextField(IndexSchema.TEXT, p, Field.Store.YES));
              try {
                w.addDocument(d);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
          }));
        }
        for (Future<?> f : fs) f.get();
      } finally {
        pool.shutdown();
      }
      w.commit();
    }
    return (System.nanoTime() - t0) / 1e9;
  }
}
