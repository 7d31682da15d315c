package org.igfatlas.backend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.igfatlas.analytics.Concordance;
import org.igfatlas.analytics.FacetBrowser;
import org.igfatlas.analytics.Keyness;
import org.igfatlas.analytics.NriPriorities;
import org.igfatlas.analytics.TrendRequest;
import org.igfatlas.analytics.TrendResponse;
import org.igfatlas.analytics.TrendService;
import org.igfatlas.search.AtlasSearcher;
import org.igfatlas.search.DocumentView;
import org.igfatlas.search.SearchRequest;
import org.igfatlas.search.SearchResponse;

/** The embedded backend: one Lucene index on this machine, read by {@link AtlasSearcher} and the analytics services. */
public final class LuceneBackend implements Backend {
  private final AtlasSearcher searcher;
  private final TrendService trends;
  private final NriPriorities nri;
  private final Concordance concordance;
  private final Keyness keyness;
  private final FacetBrowser facets;
  private final boolean owned;
  /** What health shows as the node: never a path on the server. */
  private final String location;

  /** Serves the index at {@code indexDir}; {@link #close} closes it. */
  public static LuceneBackend open(Path indexDir) throws IOException {
    return new LuceneBackend(new AtlasSearcher(indexDir), true, "embedded");
  }

  /** Serves an open searcher; the caller closes it. */
  public LuceneBackend(AtlasSearcher searcher) {
    this(searcher, false, "embedded");
  }

  private LuceneBackend(AtlasSearcher searcher, boolean owned, String location) {
    this.searcher = searcher;
    this.trends = new TrendService(searcher);
    this.nri = new NriPriorities(searcher);
    this.concordance = new Concordance(searcher);
    this.keyness = new Keyness(searcher);
    this.facets = new FacetBrowser(searcher);
    this.owned = owned;
    this.location = location;
  }

  @Override
  public Health health() {
    AtlasSearcher.Health h = searcher.health();
    return new Health("lucene", h.documents(), h.passages(), List.of("local:" + location));
  }

  @Override
  public SearchResponse search(SearchRequest req) {
    return searcher.search(req);
  }

  @Override
  public DocumentView document(String docId, String q, int from, int size) {
    return searcher.document(docId, q, from, size);
  }

  @Override
  public TrendResponse trends(TrendRequest req) {
    return trends.trends(req);
  }

  @Override
  public NriPriorities.Response nriPriorities(Integer year, String region, String nriKind, int top, boolean compareGlobal) {
    return nri.priorities(year, region, nriKind, top, compareGlobal);
  }

  @Override
  public Concordance.Response concordance(String q, int width, Concordance.Order order, Map<String, List<String>> filters, int limit) {
    return concordance.lines(q, width, order, filters, limit);
  }

  @Override
  public Keyness.Response keywords(Map<String, List<String>> filter, Map<String, List<String>> reference, int top) {
    return keyness.keywords(filter, reference, top);
  }

  @Override
  public FacetBrowser.Response facetValues(String field, String q, Map<String, List<String>> filters, String unit, String prefix,
                                           String contains, boolean az, int offset, int size) {
    return facets.values(field, q, filters, unit, prefix, contains, az, offset, size);
  }

  @Override
  public List<SearchResponse.FacetValue> allValues(String dim, String kind) {
    org.apache.lucene.facet.FacetResult fr = searcher.countAll(new org.apache.lucene.search.MatchAllDocsQuery(), kind, Map.of(), dim);
    List<SearchResponse.FacetValue> out = new java.util.ArrayList<>();
    if (fr != null) for (var lv : fr.labelValues) out.add(new SearchResponse.FacetValue(lv.label, lv.value.longValue()));
    return out;
  }

  @Override
  public void close() throws IOException {
    if (owned) searcher.close();
  }
}
