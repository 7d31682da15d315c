package org.igfatlas.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.igfatlas.schema.PersonNames;
import org.igfatlas.search.SearchResponse.FacetValue;
import org.junit.jupiter.api.Test;

/** One form per person across documents: grouping, filter expansion and merged counts. */
class PersonFormsTest {
  static final List<FacetValue> DOCUMENTS = List.of(new FacetValue("Jac SM Kee", 5), new FacetValue("Kee Jac", 2),
      new FacetValue("Jose Perez", 3), new FacetValue("José Pérez", 3), new FacetValue("Ama Tetteh", 4));

  @Test
  void formsOfOnePersonAreGroupedUnderTheMostUsedThenTheAccentedForm() {
    Map<String, List<String>> forms = PersonForms.group(DOCUMENTS);
    assertEquals(List.of("Jac SM Kee", "Kee Jac"), forms.get("Kee Jac"));
    assertEquals(List.of("José Pérez", "Jose Perez"), forms.get("Jose Perez"), "a tie goes to the accented form");
    assertNull(forms.get("Ama Tetteh"), "a person written one way needs nothing");
  }

  @Test
  void countsOfTheFormsAreSummedUnderThePreferredOne() {
    List<FacetValue> passages = List.of(new FacetValue("Ama Tetteh", 9), new FacetValue("Kee Jac", 6),
        new FacetValue("Jac SM Kee", 4), new FacetValue("Jose Perez", 1));
    assertEquals(List.of(new FacetValue("Jac SM Kee", 10), new FacetValue("Ama Tetteh", 9), new FacetValue("José Pérez", 1)),
        PersonForms.merge(passages, PersonForms.group(DOCUMENTS)));
  }

  @Test
  void aPersonFilterMatchesEveryFormAndOtherFiltersAreLeftAlone() {
    Backend stub = new StubBackend(DOCUMENTS);
    PersonForms p = new PersonForms(stub);
    assertEquals(Map.of("person", List.of("José Pérez", "Jose Perez"), "year", List.of("2020")),
        p.expand(Map.of("person", List.of("Jose Perez"), "year", List.of("2020"))));
    assertEquals(Map.of("year", List.of("2020")), p.expand(Map.of("year", List.of("2020"))));
    assertEquals("ama tetteh", PersonNames.key("TETTEH, Ama"));
  }

  @Test
  void browsingPersonsFindsEveryFormAccentsAsideAndPagesTheMergedList() {
    Map<String, List<String>> forms = PersonForms.group(DOCUMENTS);
    assertEquals(true, PersonForms.matches("José Pérez", forms, "jose", null), "the unaccented prefix finds the accented form");
    assertEquals(true, PersonForms.matches("Jac SM Kee", forms, null, "kee jac"), "another written form matches");
    assertEquals(false, PersonForms.matches("Ama Tetteh", forms, "jose", null));
    PersonForms p = new PersonForms(new StubBackend(DOCUMENTS));
    org.igfatlas.analytics.FacetBrowser.Response r = p.facetValues("person", "", Map.of(), "document", "jos", null, false, 0, 10);
    assertEquals(List.of(new FacetValue("José Pérez", 6)), r.values(), "both forms' documents, under one name");
    assertEquals(1, r.totalValues());
    assertEquals(List.of(new FacetValue("Jac SM Kee", 7)),
        p.facetValues("person", "", Map.of(), "document", null, null, false, 0, 1).values(), "the first page of merged values");
  }

  /** A backend that only knows its person values. */
  private record StubBackend(List<FacetValue> persons) implements Backend {
    public Health health() { return null; }
    public org.igfatlas.search.SearchResponse search(org.igfatlas.search.SearchRequest req) { return null; }
    public org.igfatlas.search.DocumentView document(String docId, String q, int from, int size) { return null; }
    public org.igfatlas.analytics.TrendResponse trends(org.igfatlas.analytics.TrendRequest req) { return null; }
    public org.igfatlas.analytics.NriPriorities.Response nriPriorities(Integer y, String r, String k, int t, boolean c) { return null; }
    public org.igfatlas.analytics.Concordance.Response concordance(String q, int w, org.igfatlas.analytics.Concordance.Order o,
                                                                  Map<String, List<String>> f, int l) { return null; }
    public org.igfatlas.analytics.Keyness.Response keywords(Map<String, List<String>> f, Map<String, List<String>> r, int t) { return null; }
    public org.igfatlas.analytics.FacetBrowser.Response facetValues(String field, String q, Map<String, List<String>> filters,
        String unit, String prefix, String contains, boolean az, int offset, int size) {
      return org.igfatlas.analytics.FacetBrowser.page(field, unit, persons, prefix, contains, az, offset, size);
    }
    public List<FacetValue> allValues(String dim, String kind) { return persons; }
    public void close() {}
  }
}
