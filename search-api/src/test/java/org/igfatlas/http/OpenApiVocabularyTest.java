package org.igfatlas.http;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.igfatlas.schema.IndexSchema;
import org.junit.jupiter.api.Test;

/** The API description names the facet fields and defaults of the one facet vocabulary ({@code facets.json}). */
class OpenApiVocabularyTest {
  static JsonNode openapi() throws Exception {
    try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  static JsonNode parameter(JsonNode api, String path, String name) {
    for (JsonNode p : api.get("paths").get(path).get("get").get("parameters")) if (p.path("name").asText().equals(name)) return p;
    throw new AssertionError(path + " has no parameter " + name);
  }

  static List<String> listAfter(String text, String marker) {
    Matcher m = Pattern.compile(Pattern.quote(marker) + "\\s*([\\w, ]+)").matcher(text);
    assertTrue(m.find(), "'" + marker + "' in: " + text);
    return Arrays.stream(m.group(1).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  @Test
  void filterFieldsAreTheVocabularysFacets() throws Exception {
    String text = parameter(openapi(), "/api/search", "filter").get("description").asText();
    List<String> names = new ArrayList<>();
    IndexSchema.FACETS.forEach(f -> names.add(f.name()));
    assertEquals(names, listAfter(text, "Fields:"));
  }

  @Test
  void defaultFacetsAreTheVocabularysCountedByDefault() throws Exception {
    String text = parameter(openapi(), "/api/search", "facets").get("description").asText();
    assertEquals(IndexSchema.DEFAULT_FACETS, listAfter(text, "(default"));
  }

  @Test
  void everyViewNamesKnownFacets() {
    assertEquals(List.of("search", "recommendations", "splits"), List.copyOf(IndexSchema.FACET_VIEWS.keySet()));
    IndexSchema.FACET_VIEWS.values().forEach(v -> v.forEach(n -> assertNotNull(IndexSchema.facet(n), n)));
  }
}
