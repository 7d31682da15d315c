package org.igfatlas.schema;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The facet vocabulary ({@code facets.json}) is complete, unique and consistent with the field-name constants. */
class FacetVocabularyTest {
  @Test
  void everyFacetFieldTheCodeNamesIsInTheVocabularyOnce() {
    Set<String> names = new HashSet<>();
    for (IndexSchema.Facet f : IndexSchema.FACETS) {
      assertTrue(names.add(f.name()), "twice: " + f.name());
      assertFalse(f.label().isBlank(), f.name());
    }
    for (String used : List.of(IndexSchema.YEAR, IndexSchema.MEETING, IndexSchema.SESSION_TYPE, IndexSchema.DOC_KIND,
        IndexSchema.TRACK, IndexSchema.THEME, IndexSchema.NRI, IndexSchema.NRI_REGION, IndexSchema.NRI_KIND,
        IndexSchema.SPEAKER, IndexSchema.STAKEHOLDER, IndexSchema.REGIONAL_GROUP, IndexSchema.TOPIC, IndexSchema.PERSON, IndexSchema.ORGANIZATION,
        IndexSchema.COUNTRY, IndexSchema.ACTOR, IndexSchema.FORMAT, IndexSchema.LANGUAGE)) {
      assertNotNull(IndexSchema.facet(used), used + " is written by the indexer but not in facets.json");
    }
  }

  @Test
  void facetsConfigFollowsTheVocabulary() {
    var config = IndexSchema.facetsConfig();
    for (IndexSchema.Facet f : IndexSchema.FACETS) {
      assertEquals(f.multiValued(), config.getDimConfig(f.name()).multiValued, f.name());
      assertEquals(IndexSchema.facetField(f.name()), config.getDimConfig(f.name()).indexFieldName, f.name());
    }
    assertEquals(List.of("year", "meeting", "sessionType", "docKind", "theme", "speaker", "format", "language"), IndexSchema.DEFAULT_FACETS);
  }
}
