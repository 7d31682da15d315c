package org.igfatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.igfatlas.index.IndexSchema;

/**
 * What faceting keeps per index reader, built on first use and dropped with the reader: one
 * {@link SortedSetDocValuesReaderState} per dimension (each has its own field, see {@link IndexSchema#facetField}),
 * for single-valued dimensions (year, kind, session type, meeting, format, language…) an array of each entry's value
 * ordinal, and facet filters as bit sets ({@link CachedFilter}). {@link MultiSelect} counts search facets from them;
 * {@link #countAll} lists every value of one dimension for the facet browser.
 */
final class FacetStates {
  /** Below this many hits the segments are counted on the calling thread (handing off costs more than it saves). */
  private static final int CONCURRENT_COUNT_MIN_HITS = 20_000;

  private final IndexReader reader;
  private final FacetsConfig config;
  private final ExecutorService executor;
  private final Map<String, Optional<SortedSetDocValuesReaderState>> states = new ConcurrentHashMap<>();
  private final Map<String, Optional<int[]>> singleOrds = new ConcurrentHashMap<>();
  /** Facet filters of this reader as bit sets (at most {@link #MAX_FILTERS}, 66 KB each on the 10k-document index). */
  private final Map<String, CachedFilter> filters = new ConcurrentHashMap<>();
  private static final int MAX_FILTERS = 256;

  FacetStates(IndexReader reader, FacetsConfig config, ExecutorService executor) {
    this.reader = reader;
    this.config = config;
    this.executor = executor;
  }

  IndexReader reader() {
    return reader;
  }

  /** The field's ordinals in this reader; empty when no entry has a value in it yet. */
  private Optional<SortedSetDocValuesReaderState> state(String field) {
    return states.computeIfAbsent(field, f -> {
      try {
        return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, f, config));
      } catch (IllegalArgumentException e) { // the field has no doc values in this index
        return Optional.empty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Counts of {@code dim} over the hits {@code fc} collected; null when it has no values. A single-valued dimension
   * is counted from an array of each entry's value ordinal (read once per reader: 4 bytes per entry), the others
   * from the sorted-set doc values (large hit sets one segment per core).
   */
  private Facets counts(String dim, FacetsCollector fc) throws IOException {
    Optional<SortedSetDocValuesReaderState> s = state(IndexSchema.facetField(dim));
    if (s.isEmpty()) return null;
    if (singleValuedOrds(dim, s.get()) != null) return countSingleValued(List.of(dim), fc).get(dim);
    if (executor == null || fc.getMatchingDocs().size() < 2 || totalHits(fc) < CONCURRENT_COUNT_MIN_HITS) {
      return new SortedSetDocValuesFacetCounts(s.get(), fc);
    }
    try {
      return new ConcurrentSortedSetDocValuesFacetCounts(s.get(), fc, executor);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while counting facets", e);
    }
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

  /** The dimension's ordinals in this reader; empty when no entry has a value of it yet. */
  Optional<SortedSetDocValuesReaderState> stateOf(String dim) {
    return state(IndexSchema.facetField(dim));
  }

  /** Each entry's value ordinal of a single-valued dimension (-1: none); null for a multi-valued one or none. */
  int[] ordsOf(String dim) {
    Optional<SortedSetDocValuesReaderState> s = stateOf(dim);
    return s.isEmpty() ? null : singleValuedOrds(dim, s.get());
  }

  /** Counts several single-valued dimensions over the same hits in one pass over them. */
  private Map<String, Facets> countSingleValued(List<String> dims, FacetsCollector fc) throws IOException {
    int n = dims.size();
    int[][] ords = new int[n][];
    int[][] counts = new int[n][];
    SortedSetDocValuesReaderState[] st = new SortedSetDocValuesReaderState[n];
    for (int i = 0; i < n; i++) {
      st[i] = state(IndexSchema.facetField(dims.get(i))).orElseThrow();
      ords[i] = singleValuedOrds(dims.get(i), st[i]);
      counts[i] = new int[st[i].getSize()];
    }
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      if (md.totalHits() == 0 || md.bits() == null) continue;
      DocIdSetIterator it = md.bits().iterator();
      if (it == null) continue;
      int base = md.context().docBase;
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        for (int i = 0; i < n; i++) {
          int o = ords[i][base + doc];
          if (o >= 0) counts[i][o]++;
        }
      }
    }
    Map<String, Facets> out = new HashMap<>();
    for (int i = 0; i < n; i++) out.put(dims.get(i), new OrdinalArrayCounts(dims.get(i), st[i], counts[i]));
    return out;
  }

  /** The global value ordinal of every entry for a single-valued dimension (-1 for none); null for the others. */
  private int[] singleValuedOrds(String dim, SortedSetDocValuesReaderState state) {
    IndexSchema.Facet facet = IndexSchema.facet(dim);
    if (facet == null || facet.multiValued()) return null;
    return singleOrds.computeIfAbsent(dim, d -> {
      try {
        SortedSetDocValues dv = state.getDocValues();
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

  /** Counts of a single-valued dimension by array look-up; top values by count, ties in value order (as Lucene's). */
  static final class OrdinalArrayCounts extends Facets {
    private final String dim;
    private final SortedSetDocValuesReaderState state;
    private final int[] counts;

    OrdinalArrayCounts(String dim, SortedSetDocValuesReaderState state, int[] counts) {
      this.dim = dim;
      this.state = state;
      this.counts = counts;
    }

    private FacetResult result(String dim, int topN) throws IOException {
      if (!this.dim.equals(dim)) throw new IllegalArgumentException("dimension " + dim + " is not counted here");
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

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
      return result(dim, topN);
    }

    @Override
    public FacetResult getAllChildren(String dim, String... path) throws IOException {
      return result(dim, Integer.MAX_VALUE);
    }

    @Override
    public Number getSpecificValue(String dim, String... path) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<FacetResult> getAllDims(int topN) throws IOException {
      FacetResult r = result(dim, topN);
      return r == null ? List.of() : List.of(r);
    }
  }

  private static long totalHits(FacetsCollector fc) {
    long n = 0;
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) n += md.totalHits();
    return n;
  }

  private static FacetResult children(Facets facets, String dim, int topN, boolean all) throws IOException {
    if (facets == null) return null;
    try {
      return all ? facets.getAllChildren(dim) : facets.getTopChildren(topN, dim);
    } catch (IllegalArgumentException e) { // the field has values, but none of this dimension yet
      return null;
    }
  }

  /** All values of {@code dim} over the entries matching {@code query}, with counts; null when there are none. */
  FacetResult countAll(IndexSearcher searcher, Query query, String dim) throws IOException {
    return children(counts(dim, searcher.search(query, new FacetsCollectorManager())), dim, 0, true);
  }
}
