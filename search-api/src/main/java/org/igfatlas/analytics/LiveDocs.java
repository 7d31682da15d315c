package org.igfatlas.analytics;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilteredDocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Analytics walk a query's scorer segment by segment; unlike a search, a scorer also visits deleted entries (the old
 * version of a re-indexed file, until a merge drops it), which every count must skip.
 */
final class LiveDocs {
  private LiveDocs() {}

  /** The documents of {@code it} that are not deleted in {@code leaf}. */
  static DocIdSetIterator of(LeafReaderContext leaf, DocIdSetIterator it) {
    Bits live = leaf.reader().getLiveDocs();
    if (live == null) return it;
    return new FilteredDocIdSetIterator(it) {
      @Override
      protected boolean match(int doc) {
        return live.get(doc);
      }
    };
  }
}
