package org.igfatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.facet.LabelAndValue;
import org.igfatlas.schema.IndexSchema;

/**
 * What faceting keeps per index reader, built on first use and dropped with the reader: one
 * {@link SortedSetDocValuesReaderState} per dimension (each has its own field, see {@link IndexSchema#facetField}),
 * for single-valued dimensions (year, kind, session type, meeting, format, language…) an array of each entry's value
 * ordinal, and facet filters as bit sets ({@link CachedFilter}). {@link MultiSelect} counts facets from them.
 */
final class FacetStates {
  private final IndexReader reader;
  private final FacetsConfig config;
  private final Map<String, Optional<SortedSetDocValuesReaderState>> states = new ConcurrentHashMap<>();
  private final Map<String, Optional<int[]>> singleOrds = new ConcurrentHashMap<>();
  /** Facet filters of this reader as bit sets (at most {@link #MAX_FILTERS}, 66 KB each on the 10k-document index). */
  private final Map<String, CachedFilter> filters = new ConcurrentHashMap<>();
  private static final int MAX_FILTERS = 256;

  FacetStates(IndexReader reader, FacetsConfig config) {
    this.reader = reader;
    this.config = config;
  }

  IndexReader reader() {
    return reader;
  }

  /** The dimension's ordinals in this reader; empty when no entry has a value of it yet. */
  Optional<SortedSetDocValuesReaderState> stateOf(String dim) {
    return states.computeIfAbsent(IndexSchema.facetField(dim), f -> {
      try {
        return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, f, config));
      } catch (IllegalArgumentException e) { // the field has no doc values in this index
        return Optional.empty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The entries with any of {@code values} in facet {@code dim}, as a bit set built once per reader. */
  CachedFilter filter(String dim, List<String> values) {
    List<String> sorted = values.stream().sorted().distinct().toList();
    String key = dim + '\u0000' + String.join("\u0000", sorted);
    CachedFilter f = filters.get(key);
    if (f != null) return f;
    if (filters.size() >= MAX_FILTERS) filters.clear(); // rare: many distinct filters on one reader
    return filters.computeIfAbsent(key, k -> {
      try {
        return CachedFilter.build(reader, dim, sorted);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * The global value ordinal of every entry for a single-valued dimension (-1 for none), read once per reader
   * (4 bytes per entry); null for a multi-valued dimension or one without values.
   */
  int[] ordsOf(String dim) {
    IndexSchema.Facet facet = IndexSchema.facet(dim);
    Optional<SortedSetDocValuesReaderState> state = stateOf(dim);
    if (facet == null || facet.multiValued() || state.isEmpty()) return null;
    return singleOrds.computeIfAbsent(dim, d -> {
      try {
        SortedSetDocValues dv = state.get().getDocValues();
        int[] ords = new int[reader.maxDoc()];
        Arrays.fill(ords, -1);
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
          if (dv.docValueCount() != 1) return Optional.empty(); // not single-valued after all: use doc values
          ords[doc] = (int) dv.nextOrd();
        }
        return Optional.of(ords);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).orElse(null);
  }

  /**
   * The {@code topN} values of {@code dim} with the largest {@code counts} (indexed by global ordinal), ties in value
   * order as Lucene orders them; null when none was counted.
   */
  static FacetResult top(String dim, SortedSetDocValuesReaderState state, int[] counts, int topN) throws IOException {
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    if (range == null) return null;
    List<int[]> nonZero = new ArrayList<>();
    long total = 0;
    for (int o = range.start(); o <= range.end(); o++) {
      if (counts[o] > 0) {
        nonZero.add(new int[] {o, counts[o]});
        total += counts[o];
      }
    }
    if (nonZero.isEmpty()) return null;
    nonZero.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
    int n = Math.min(topN, nonZero.size());
    SortedSetDocValues dv = state.getDocValues();
    LabelAndValue[] labels = new LabelAndValue[n];
    for (int i = 0; i < n; i++) {
      String[] path = FacetsConfig.stringToPath(dv.lookupOrd(nonZero.get(i)[0]).utf8ToString());
      labels[i] = new LabelAndValue(path[path.length - 1], nonZero.get(i)[1]);
    }
    return new FacetResult(dim, new String[0], total, labels, nonZero.size());
  }
}
