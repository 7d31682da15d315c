package org.igfatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.DrillSideways;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.igfatlas.index.IndexSchema;

/**
 * Facet ordinals of one index reader, one {@link SortedSetDocValuesReaderState} per dimension (each has its own
 * field, see {@link IndexSchema#facetField}), built on first use and dropped with the reader. Counting is lazy: a
 * search that asks for year and document kind counts those two fields, and no speaker or topic ordinal.
 */
final class FacetStates {
  /** Below this many hits the segments are counted on the calling thread (handing off costs more than it saves). */
  private static final int CONCURRENT_COUNT_MIN_HITS = 20_000;

  private final IndexReader reader;
  private final FacetsConfig config;
  private final ExecutorService executor;
  private final Map<String, Optional<SortedSetDocValuesReaderState>> states = new ConcurrentHashMap<>();

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

  /** Counts of {@code dim} over the hits {@code fc} collected (large sets one segment per core); null when it has no values. */
  private Facets counts(String dim, FacetsCollector fc) throws IOException {
    Optional<SortedSetDocValuesReaderState> s = state(IndexSchema.facetField(dim));
    if (s.isEmpty()) return null;
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

  DrillSideways sideways(IndexSearcher searcher) {
    return new Sideways(searcher, this);
  }

  /**
   * Multi-select faceting: a dimension with a filter is counted over the hits without its own filter (its
   * "sideways" hits), every other dimension over the drill-down hits; each is counted once, and only when asked for.
   */
  private static final class Sideways extends DrillSideways {
    private final FacetStates states;

    Sideways(IndexSearcher searcher, FacetStates states) {
      super(searcher, states.config, (SortedSetDocValuesReaderState) null);
      this.states = states;
    }

    @Override
    protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] sidewaysDims) {
      Map<String, FacetsCollector> byDim = new HashMap<>();
      if (sidewaysDims != null) { // null when the query has no filter
        for (int i = 0; i < sidewaysDims.length; i++) byDim.put(sidewaysDims[i], drillSideways[i]);
      }
      Map<FacetsCollector, Map<String, Facets>> counted = new IdentityHashMap<>();
      return new Facets() {
        private Facets countsFor(String dim) throws IOException {
          FacetsCollector hits = byDim.getOrDefault(dim, drillDowns);
          Map<String, Facets> byField = counted.computeIfAbsent(hits, h -> new HashMap<>());
          String field = IndexSchema.facetField(dim);
          if (!byField.containsKey(field)) byField.put(field, states.counts(dim, hits));
          return byField.get(field);
        }

        @Override
        public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
          return children(countsFor(dim), dim, topN, false);
        }

        @Override
        public FacetResult getAllChildren(String dim, String... path) throws IOException {
          return children(countsFor(dim), dim, 0, true);
        }

        @Override
        public Number getSpecificValue(String dim, String... path) {
          throw new UnsupportedOperationException();
        }

        @Override
        public List<FacetResult> getAllDims(int topN) {
          throw new UnsupportedOperationException("name the dimensions to count");
        }
      };
    }
  }
}
