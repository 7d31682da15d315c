package org.igfatlas.search;

import java.util.List;
import java.util.Map;

/** Results of a search; free of Lucene types so that another backend could answer the same API. */
public record SearchResponse(String q, String unit, long total, int page, int size, List<Hit> hits,
                             Map<String, List<FacetValue>> facets, long tookMs, List<Group> groups) {

  /**
   * Near-duplicate hits of this page ({@code unit=recommendation} only): the representative's key, the group size
   * and every member's key ({@code passageId#position in hits}).
   */
  public record Group(String representative, int size, List<String> members) {}

  public SearchResponse withGroups(List<Group> g) {
    return new SearchResponse(q, unit, total, page, size, hits, facets, tookMs, g);
  }

  /** A facet value and the number of results (passages or documents, as the unit says) that have it. */
  public record FacetValue(String value, long count) {}

  /** A passage with its document; with {@code unit=document}, the document's best passages too. */
  public record Hit(String docId, String passageId, Integer ordinal, String title, Integer year, String meeting,
                    String sessionType, String docKind, List<String> tracks, List<String> themes, String speaker,
                    String section, String snippet, float score, String source, List<PassageHit> passages,
                    List<String> actors, List<String> topics, Double strength) {}

  /** One of a document's best passages. */
  public record PassageHit(String passageId, int ordinal, String speaker, String snippet) {}
}
