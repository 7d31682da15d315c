package org.igfatlas.http;

import static org.igfatlas.schema.IndexSchema.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.igfatlas.schema.IndexSchema;
import org.igfatlas.schema.Resources;
import org.igfatlas.search.AtlasSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server runs from this module alone: its class path has the schema, Lucene and Javalin, and no Tika or
 * CoreNLP (the build's enforcer refuses them), yet it starts on an index written here with the schema's fields and
 * answers health, search with facets and the taxonomy.
 */
class StandaloneServerTest {
  @TempDir
  Path dir;

  @Test
  void theApiStartsAndAnswersWithoutTheIndexerOnTheClassPath() throws Exception {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.tika.Tika"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("edu.stanford.nlp.pipeline.StanfordCoreNLP"));
    Path index = dir.resolve("index");
    FacetsConfig facets = IndexSchema.facetsConfig();
    try (IndexWriter w = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig(IndexSchema.analyzer()))) {
      Document doc = new Document();
      doc.add(new StringField(KIND, KIND_DOCUMENT, Field.Store.YES));
      doc.add(new StringField(DOC_ID, "d1", Field.Store.YES));
      doc.add(new SortedDocValuesField(DOC_ID, new BytesRef("d1")));
      doc.add(new StoredField(TITLE, "Selvaria IGF 2024 Report"));
      w.addDocument(facets.build(doc));
      Document p = new Document();
      p.add(new StringField(KIND, KIND_PASSAGE, Field.Store.YES));
      p.add(new StringField(DOC_ID, "d1", Field.Store.YES));
      p.add(new SortedDocValuesField(DOC_ID, new BytesRef("d1")));
      p.add(new StringField(PASSAGE_ID, "d1-0", Field.Store.YES));
      p.add(new Field(TEXT, "Community networks connected forty villages of Selvaria this year.", TEXT_WITH_OFFSETS));
      p.add(new SortedSetDocValuesFacetField(YEAR, "2024"));
      p.add(new SortedSetDocValuesFacetField(DOC_KIND, "nri_report"));
      w.addDocument(facets.build(p));
      w.commit();
    }
    try (AtlasSearcher searcher = new AtlasSearcher(index)) {
      Javalin app = new ApiServer(searcher).create(null).start("127.0.0.1", 0);
      try {
        HttpClient http = HttpClient.newHttpClient();
        JsonNode health = get(http, app, "/api/health");
        assertEquals(1, health.get("documents").asInt());
        assertEquals(1, health.get("passages").asInt());
        assertEquals("lucene", health.get("backend").asText());
        JsonNode search = get(http, app, "/api/search?q=villages&facets=year,docKind");
        assertEquals(1, search.get("total").asInt());
        assertTrue(search.get("hits").get(0).get("snippet").asText().contains("<mark>villages</mark>"), search.toString());
        assertEquals("2024", search.get("facets").get("year").get(0).get("value").asText());
        assertEquals(IndexSchema.FACETS.size(), get(http, app, "/api/taxonomy").get("facets").size());
      } finally {
        app.stop();
      }
    }
  }

  private static JsonNode get(HttpClient http, Javalin app, String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + " -> " + r.body());
    return Resources.JSON.readTree(r.body());
  }
}
