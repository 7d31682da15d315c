package org.igfatlas.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.igfatlas.schema.IndexSchema;
import org.junit.jupiter.api.Test;

/** The generated configset follows the index schema and the facet vocabulary. */
class ConfigsetTest {
  private static Set<String> fields(String schema) {
    Set<String> out = new HashSet<>();
    Matcher m = Pattern.compile("<field name=\"([^\"]+)\"").matcher(schema);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  @Test
  void everyFacetOfTheVocabularyIsAFieldWithItsMultiplicity() {
    String schema = Configset.schemaXml();
    for (IndexSchema.Facet f : IndexSchema.FACETS) {
      String field = Configset.facetField(f.name());
      Matcher m = Pattern.compile("<field name=\"" + Pattern.quote(field) + "\" ([^/]*)/>").matcher(schema);
      assertTrue(m.find(), "facet " + f.name() + " has no field in schema.xml");
      assertEquals(f.multiValued(), m.group(1).contains("multiValued=\"true\""), f.name());
    }
    assertEquals("speakerFacet", Configset.facetField(IndexSchema.SPEAKER), "speaker is a text field too");
  }

  @Test
  void theSearchableAndCountedFieldsOfTheIndexAreThere() {
    Set<String> fields = fields(Configset.schemaXml());
    for (String f : IndexSchema.QUERY_FIELDS) assertTrue(fields.contains(f), f);
    for (String f : new String[] {IndexSchema.KIND, IndexSchema.DOC_ID, IndexSchema.WORDS, IndexSchema.TOPIC_MENTIONS,
        IndexSchema.TOKENS, IndexSchema.TEXT_KEY, IndexSchema.DOC_TEXT_KEYS, IndexSchema.BOILERPLATE, IndexSchema.STRENGTH}) {
      assertTrue(fields.contains(f), f);
    }
  }

  @Test
  void textIsAnalysedAsEnglishAnalyzerDoesWithItsStopWords() {
    String schema = Configset.schemaXml();
    assertTrue(schema.matches("(?s).*StandardTokenizerFactory.*EnglishPossessiveFilterFactory.*LowerCaseFilterFactory.*StopFilterFactory.*PorterStemFilterFactory.*"));
    Set<String> stop = new HashSet<>(Set.of(Configset.stopwords().split("\n")));
    assertEquals(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.size(), stop.size());
    assertTrue(stop.contains("the") && stop.contains("and"));
    assertTrue(Configset.solrconfigXml().contains("<str name=\"q.op\">AND</str>"), "AND between words, as AtlasQueryParser");
  }

  @Test
  void theZipHoldsTheThreeFilesAndTheNameCarriesTheSchemaVersion() throws Exception {
    Set<String> names = new HashSet<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Configset.zip()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) names.add(e.getName());
    }
    assertEquals(Set.of("schema.xml", "solrconfig.xml", "stopwords_en.txt"), names);
    assertEquals("igf-v" + IndexSchema.VERSION, Configset.name("igf"));
  }
}
