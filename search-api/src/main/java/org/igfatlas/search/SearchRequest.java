package org.igfatlas.search;

import java.util.List;
import java.util.Map;

/**
 * A search: query text (Lucene syntax, empty or {@code *:*} for everything), filters (field -> values; OR within
 * a field, AND across fields), facets to count, result unit, and paging (1-based page).
 */
public record SearchRequest(String q, Map<String, List<String>> filters, List<String> facets, Unit unit, int page,
                            int size, SortOrder sort, double minStrength) {
  /** What a hit is: a passage, a whole document, or a recommendation sentence. */
  public enum Unit { PASSAGE, DOCUMENT, RECOMMENDATION }

  /**
   * Relevance (BM25), by year, newest or oldest first, or (recommendations) by strength, strongest first;
   * relevance breaks ties.
   */
  public enum SortOrder { RELEVANCE, YEAR_DESC, YEAR_ASC, STRENGTH }

  public SearchRequest(String q, Map<String, List<String>> filters, List<String> facets, Unit unit, int page, int size,
                       SortOrder sort) {
    this(q, filters, facets, unit, page, size, sort, 0);
  }

  public SearchRequest(String q, Map<String, List<String>> filters, List<String> facets, Unit unit, int page, int size) {
    this(q, filters, facets, unit, page, size, SortOrder.RELEVANCE, 0);
  }

  public SearchRequest {
    q = q == null ? "" : q.strip();
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    facets = facets == null ? List.of() : List.copyOf(facets);
    unit = unit == null ? Unit.PASSAGE : unit;
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }
}
