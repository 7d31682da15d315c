package org.igfatlas.backend;

import java.util.List;
import java.util.Map;
import org.igfatlas.analytics.Concordance;
import org.igfatlas.analytics.FacetBrowser;
import org.igfatlas.analytics.Keyness;
import org.igfatlas.analytics.NriPriorities;
import org.igfatlas.analytics.TrendRequest;
import org.igfatlas.analytics.TrendResponse;
import org.igfatlas.search.DocumentView;
import org.igfatlas.search.SearchRequest;
import org.igfatlas.search.SearchResponse;

/**
 * Everything the HTTP layer asks of an index, whatever holds it: the embedded Lucene index ({@link LuceneBackend})
 * today, a distributed engine (SolrCloud) when one machine is outgrown. Requests and answers are plain records,
 * never an engine's types; where an implementation cannot compute a figure the same way, the answer's
 * {@code method} says what it computed instead.
 */
public interface Backend extends AutoCloseable {
  /** Which backend answers, how much it holds, and the nodes that serve it (one for an embedded index). */
  record Health(String backend, long documents, long passages, List<String> nodes) {}

  Health health();

  /** Faceted search of passages, documents or recommendations, multi-select counts, highlighting. */
  SearchResponse search(SearchRequest req);

  /** One document's metadata and passages {@code from} .. {@code from + size}, hits of {@code q} marked. */
  DocumentView document(String docId, String q, int from, int size);

  TrendResponse trends(TrendRequest req);

  NriPriorities.Response nriPriorities(Integer year, String region, String nriKind, int top, boolean compareGlobal);

  Concordance.Response concordance(String q, int width, Concordance.Order order, Map<String, List<String>> filters, int limit);

  Keyness.Response keywords(Map<String, List<String>> filter, Map<String, List<String>> reference, int top);

  FacetBrowser.Response facetValues(String field, String q, Map<String, List<String>> filters, String unit, String prefix,
                                    String contains, boolean az, int offset, int size);

  /** Every value of facet {@code dim} over the entries of {@code kind} (document, passage …), with its count. */
  List<org.igfatlas.search.SearchResponse.FacetValue> allValues(String dim, String kind);

  @Override
  void close() throws java.io.IOException;
}
