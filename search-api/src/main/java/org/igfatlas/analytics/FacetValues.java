package org.igfatlas.analytics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.igfatlas.schema.IndexSchema;

/**
 * Reads one facet dimension's values of a document from the facet module's sorted-set doc values (the
 * dimension's own field, {@link IndexSchema#facetField}, where each value is stored as {@code dim\u001fvalue}).
 * Per segment; not thread-safe.
 */
final class FacetValues {
  private final SortedSetDocValues dv;
  private final String prefix;
  private final Map<Long, String> cache = new HashMap<>();

  FacetValues(LeafReader leaf, String dim) throws IOException {
    this.dv = DocValues.getSortedSet(leaf, IndexSchema.facetField(dim));
    this.prefix = dim + FacetsConfig.DELIM_CHAR;
  }

  /** Values of the dimension on {@code doc} (empty when none). */
  List<String> of(int doc) throws IOException {
    List<String> out = new ArrayList<>(1);
    if (!dv.advanceExact(doc)) return out;
    for (int i = 0; i < dv.docValueCount(); i++) {
      long ord = dv.nextOrd();
      String v = cache.get(ord);
      if (v == null) {
        BytesRef b = dv.lookupOrd(ord);
        String s = b.utf8ToString();
        v = s.startsWith(prefix) ? s.substring(prefix.length()) : "";
        cache.put(ord, v);
      }
      if (!v.isEmpty()) out.add(v);
    }
    return out;
  }
}
