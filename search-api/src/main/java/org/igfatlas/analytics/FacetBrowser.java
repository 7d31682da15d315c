package org.igfatlas.analytics;

import static org.igfatlas.schema.IndexSchema.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.igfatlas.search.AtlasSearcher;
import org.igfatlas.search.BadRequestException;
import org.igfatlas.search.SearchResponse;

/**
 * All values of one facet for long lists (speakers, organisations): counted over the entries that match the query
 * and filters (the field's own filter ignored, as in search), searchable by prefix and by substring, sorted by
 * count or A–Z, paged.
 */
public final class FacetBrowser {
  public record Response(String field, String unit, long totalValues, List<SearchResponse.FacetValue> values) {}

  private final AtlasSearcher searcher;

  public FacetBrowser(AtlasSearcher searcher) {
    this.searcher = searcher;
  }

  public Response values(String field, String q, Map<String, List<String>> filters, String unit, String prefix, String contains,
                         boolean alphabetical, int offset, int size) {
    String kind = check(field, unit, offset, size);
    FacetResult fr = searcher.countAll(searcher.parser().parse(q), kind, filters, field);
    List<SearchResponse.FacetValue> counted = new ArrayList<>();
    if (fr != null) for (LabelAndValue lv : fr.labelValues) counted.add(new SearchResponse.FacetValue(lv.label, lv.value.longValue()));
    return page(field, unit, counted, prefix, contains, alphabetical, offset, size);
  }

  /** Checks the parameters every backend shares; returns the entry kind of {@code unit}. */
  public static String check(String field, String unit, int offset, int size) {
    AtlasSearcher.requireFacet(field);
    if (size < 1 || size > 1000) throw new BadRequestException("size must be between 1 and 1000");
    if (offset < 0) throw new BadRequestException("offset must be 0 or more");
    return switch (unit == null ? "passage" : unit) {
      case "passage" -> KIND_PASSAGE;
      case "document" -> KIND_DOCUMENT;
      case "recommendation" -> KIND_RECOMMENDATION;
      default -> throw new BadRequestException("unit must be passage, document or recommendation");
    };
  }

  /** Every counted value of a facet, narrowed by prefix or substring (case-insensitive), sorted and paged. */
  public static Response page(String field, String unit, List<SearchResponse.FacetValue> counted, String prefix, String contains,
                              boolean alphabetical, int offset, int size) {
    String p = prefix == null ? null : prefix.toLowerCase(Locale.ROOT);
    String c = contains == null ? null : contains.toLowerCase(Locale.ROOT);
    List<SearchResponse.FacetValue> all = new ArrayList<>();
    for (SearchResponse.FacetValue v : counted) {
      String l = v.value().toLowerCase(Locale.ROOT);
      if (p != null && !l.startsWith(p)) continue;
      if (c != null && !l.contains(c)) continue;
      all.add(v);
    }
    all.sort(alphabetical ? Comparator.comparing((SearchResponse.FacetValue v) -> v.value().toLowerCase(Locale.ROOT))
        : Comparator.comparingLong(SearchResponse.FacetValue::count).reversed().thenComparing(SearchResponse.FacetValue::value));
    List<SearchResponse.FacetValue> page = offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + size));
    return new Response(field, unit == null ? "passage" : unit, all.size(), page);
  }
}
