package org.igfatlas.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.igfatlas.schema.IndexSchema;
import org.junit.jupiter.api.Test;

/**
 * The Solr peer's schema ({@code solr/…/schema.xml}) follows the facet vocabulary: every facet the benchmark
 * counts is a field there, single- or multi-valued as in {@code facets.json}.
 */
class BenchSolrSchemaTest {
  static final Path SCHEMA = Path.of("..", "solr", "src", "main", "resources", "solr-home", "passages", "conf", "schema.xml");

  @Test
  void facetFieldsMatchTheVocabulary() throws Exception {
    String xml = Files.readString(SCHEMA);
    Map<String, Boolean> multiValued = new HashMap<>();
    Matcher m = Pattern.compile("<field name=\"(\\w+)\"([^>]*)/>").matcher(xml);
    while (m.find()) multiValued.put(m.group(1), m.group(2).contains("multiValued=\"true\""));
    for (String dim : IndexSchema.DEFAULT_FACETS) assertTrue(multiValued.containsKey(dim), dim + " is counted by the benchmark but not in schema.xml");
    int checked = 0;
    for (IndexSchema.Facet f : IndexSchema.FACETS) {
      if (!multiValued.containsKey(f.name())) continue;
      assertEquals(f.multiValued(), multiValued.get(f.name()), f.name() + ": multiValued differs from facets.json");
      checked++;
    }
    assertTrue(checked >= 8, "facet fields found in schema.xml: " + checked);
  }
}
