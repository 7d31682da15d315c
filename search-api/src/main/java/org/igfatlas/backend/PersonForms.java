package org.igfatlas.backend;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.igfatlas.analytics.Concordance;
import org.igfatlas.analytics.FacetBrowser;
import org.igfatlas.analytics.Keyness;
import org.igfatlas.analytics.NriPriorities;
import org.igfatlas.analytics.TrendRequest;
import org.igfatlas.analytics.TrendResponse;
import org.igfatlas.schema.IndexSchema;
import org.igfatlas.schema.PersonNames;
import org.igfatlas.search.DocumentView;
import org.igfatlas.search.SearchRequest;
import org.igfatlas.search.SearchResponse;

/**
 * One form per person across the collection, for any backend it wraps. The indexer gives each document one form per
 * person, but two documents may write one person two ways ("Jose Perez" and "José Pérez", "Kee Jac" and "Jac SM
 * Kee": {@link PersonNames#key}). Here the person facet shows each person once, under the form most documents use
 * ({@link PersonNames#preferred}), with the sum of the forms' counts (exact: an entry holds one form of a person), and
 * a person filter matches every form. The forms are read from the index ({@link Backend#allValues}) at most every
 * {@value #REFRESH_SECONDS} seconds, so a re-index is followed.
 */
public final class PersonForms implements Backend {
  static final int REFRESH_SECONDS = 10;
  private static final String PERSON = IndexSchema.PERSON;

  private final Backend backend;

  /** Per form of a person written several ways, all its forms, the preferred first. */
  private record Forms(Map<String, List<String>> of, long at) {}

  private volatile Forms forms;

  public PersonForms(Backend backend) {
    this.backend = backend;
  }

  private Map<String, List<String>> forms() {
    Forms f = forms;
    if (f == null || System.nanoTime() - f.at() > REFRESH_SECONDS * 1_000_000_000L) {
      f = new Forms(group(backend.allValues(PERSON, IndexSchema.KIND_DOCUMENT)), System.nanoTime());
      forms = f;
    }
    return f.of();
  }

  /** The forms of each person written in more than one way, by the number of documents using each. */
  static Map<String, List<String>> group(List<SearchResponse.FacetValue> values) {
    Map<String, Long> documents = new HashMap<>();
    for (SearchResponse.FacetValue v : values) documents.put(v.value(), v.count());
    return PersonNames.forms(documents);
  }

  /** Filters with every form of each person asked for. */
  Map<String, List<String>> expand(Map<String, List<String>> filters) {
    List<String> persons = filters.get(PERSON);
    if (persons == null) return filters;
    Map<String, List<String>> f = forms();
    Set<String> all = new LinkedHashSet<>();
    for (String p : persons) all.addAll(f.getOrDefault(p, List.of(p)));
    Map<String, List<String>> out = new LinkedHashMap<>(filters);
    out.put(PERSON, List.copyOf(all));
    return out;
  }

  /** Person facet values with each person once, under the preferred form, counts summed, most frequent first. */
  static List<SearchResponse.FacetValue> merge(List<SearchResponse.FacetValue> values, Map<String, List<String>> forms) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (SearchResponse.FacetValue v : values) {
      String shown = forms.containsKey(v.value()) ? forms.get(v.value()).get(0) : v.value();
      counts.merge(shown, v.count(), Long::sum);
    }
    List<SearchResponse.FacetValue> out = new ArrayList<>();
    counts.forEach((v, n) -> out.add(new SearchResponse.FacetValue(v, n)));
    out.sort(java.util.Comparator.comparingLong(SearchResponse.FacetValue::count).reversed()
        .thenComparing(SearchResponse.FacetValue::value));
    return out;
  }

  @Override
  public Health health() {
    return backend.health();
  }

  @Override
  public SearchResponse search(SearchRequest req) {
    SearchResponse r = backend.search(new SearchRequest(req.q(), expand(req.filters()), req.facets(), req.unit(), req.page(),
        req.size(), req.sort(), req.minStrength()));
    if (!r.facets().containsKey(PERSON)) return r;
    Map<String, List<SearchResponse.FacetValue>> facets = new LinkedHashMap<>(r.facets());
    facets.put(PERSON, merge(r.facets().get(PERSON), forms()));
    return new SearchResponse(r.q(), r.unit(), r.total(), r.page(), r.size(), r.hits(), facets, r.tookMs(), r.groups());
  }

  @Override
  public DocumentView document(String docId, String q, int from, int size) {
    return backend.document(docId, q, from, size);
  }

  @Override
  public TrendResponse trends(TrendRequest req) {
    return backend.trends(new TrendRequest(req.terms(), req.topics(), req.split(), expand(req.filters()), req.measure(),
        req.from(), req.to()));
  }

  @Override
  public NriPriorities.Response nriPriorities(Integer year, String region, String nriKind, int top, boolean compareGlobal) {
    return backend.nriPriorities(year, region, nriKind, top, compareGlobal);
  }

  @Override
  public Concordance.Response concordance(String q, int width, Concordance.Order order, Map<String, List<String>> filters, int limit) {
    return backend.concordance(q, width, order, expand(filters), limit);
  }

  @Override
  public Keyness.Response keywords(Map<String, List<String>> filter, Map<String, List<String>> reference, int top) {
    return backend.keywords(expand(filter), expand(reference), top);
  }

  @Override
  public FacetBrowser.Response facetValues(String field, String q, Map<String, List<String>> filters, String unit, String prefix,
                                           String contains, boolean az, int offset, int size) {
    if (!PERSON.equals(field)) return backend.facetValues(field, q, expand(filters), unit, prefix, contains, az, offset, size);
    FacetBrowser.check(field, unit, offset, size);
    // every value first (page by page, as the backend gives at most a page), merged, then narrowed and paged: forms of
    // one person may sit on different pages, and "jose" must find "José Pérez"
    Map<String, List<String>> forms = forms();
    List<SearchResponse.FacetValue> all = new ArrayList<>();
    long total = Long.MAX_VALUE;
    String shownUnit = unit;
    for (int from = 0; from < total && from < MAX_BROWSED; from += BROWSE_PAGE) {
      FacetBrowser.Response page = backend.facetValues(field, q, expand(filters), unit, null, null, false, from, BROWSE_PAGE);
      total = page.totalValues();
      shownUnit = page.unit();
      all.addAll(page.values());
      if (page.values().isEmpty()) break;
    }
    List<SearchResponse.FacetValue> merged = new ArrayList<>();
    for (SearchResponse.FacetValue v : merge(all, forms)) {
      if (matches(v.value(), forms, prefix, contains)) merged.add(v);
    }
    return FacetBrowser.page(field, shownUnit, merged, null, null, az, offset, size);
  }

  static final int BROWSE_PAGE = 1000;
  static final int MAX_BROWSED = 50_000;

  /** Whether any written form of a person starts with {@code prefix} / holds {@code contains}, case and accents aside. */
  static boolean matches(String shown, Map<String, List<String>> forms, String prefix, String contains) {
    if (prefix == null && contains == null) return true;
    for (String form : forms.getOrDefault(shown, List.of(shown))) {
      String f = PersonNames.stripAccents(form).toLowerCase(java.util.Locale.ROOT);
      boolean p = prefix == null || f.startsWith(PersonNames.stripAccents(prefix).toLowerCase(java.util.Locale.ROOT));
      boolean c = contains == null || f.contains(PersonNames.stripAccents(contains).toLowerCase(java.util.Locale.ROOT));
      if (p && c) return true;
    }
    return false;
  }

  @Override
  public List<SearchResponse.FacetValue> allValues(String dim, String kind) {
    List<SearchResponse.FacetValue> v = backend.allValues(dim, kind);
    return PERSON.equals(dim) ? merge(v, forms()) : v;
  }

  @Override
  public void close() throws IOException {
    backend.close();
  }
}
