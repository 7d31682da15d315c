package org.igfatlas.analytics;

import java.util.List;
import java.util.Map;

/**
 * A trend query: term series (query syntax) and topic series, counted per year, optionally split by a facet,
 * over the passages that pass the filters.
 */
public record TrendRequest(List<String> terms, List<String> topics, String split, Map<String, List<String>> filters,
                           Measure measure, Integer from, Integer to) {
  public enum Measure {
    /** occurrences: term frequencies summed over matching passages */
    MENTIONS,
    /** documents with at least one mention */
    DOCUMENTS,
    /** mentions per 10,000 tokens of the filtered passages of that year */
    PER10K,
    /** share of the filtered documents of that year that mention it */
    SHARE
  }

  public TrendRequest {
    terms = terms == null ? List.of() : List.copyOf(terms);
    topics = topics == null ? List.of() : List.copyOf(topics);
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    measure = measure == null ? Measure.MENTIONS : measure;
  }
}
