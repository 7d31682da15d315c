package org.igfatlas.analytics;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.igfatlas.http.RunningApi;
import org.igfatlas.index.CorpusIndexer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text repeated verbatim across many documents (a site footer, a notice) is boilerplate: never a recommendation,
 * not counted by trends, still found by search. Seven invented national reports: six end with the same footer (a
 * call to subscribe, worded as a recommendation), five share a real call, and each makes one call of its own.
 */
class BoilerplateApiIT {
  @TempDir
  static Path dir;
  static RunningApi api;

  static final String FOOTER = "Governments should subscribe to the Secretariat newsletter to receive every update on this forum.";
  static final String SHARED_CALL = "Regulators should open unused spectrum to community networks in rural districts.";
  static final List<String> PLACES = List.of("Arvland", "Belmora", "Corvania", "Dastria", "Elvenor", "Fernholm", "Galdor");

  @BeforeAll
  static void start() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < PLACES.size(); i++) {
      String place = PLACES.get(i);
      StringBuilder text = new StringBuilder(place + " IGF 2022 Report\n\n");
      text.append("Participants in ").append(place).append(" discussed the cost of broadband in schools and the ")
          .append("training of teachers; operators said prices fell by a third over two years.\n\n");
      text.append("Ministries should publish the ").append(place).append(" broadband map every year so that schools can plan.\n\n");
      if (i < 5) text.append(SHARED_CALL).append("\n\n");
      if (i < 6) text.append(FOOTER).append("\n");
      Files.writeString(corpus.resolve(place.toLowerCase() + ".txt"), text.toString());
    }
    var s = new CorpusIndexer(CorpusIndexer.Options.defaults()).index(List.of(corpus), dir.resolve("index"), null);
    assertEquals(PLACES.size(), s.indexed());
    api = RunningApi.start(dir.resolve("index"));
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  static JsonNode get(String pathAndQuery) throws Exception {
    return api.get(pathAndQuery);
  }

  static List<String> texts(JsonNode hits) {
    List<String> out = new ArrayList<>();
    hits.forEach(h -> out.add(h.get("snippet").asText().replaceAll("</?mark>", "")));
    return out;
  }

  @Test
  void aSentenceInMoreThanFiveDocumentsIsNeverARecommendation() throws Exception {
    List<String> recs = texts(get("/api/recommendations?size=100").get("hits"));
    assertTrue(recs.stream().noneMatch(t -> t.contains("newsletter")), "the footer of six documents: " + recs);
    assertEquals(5, recs.stream().filter(t -> t.contains("unused spectrum")).count(), "a call made in five documents stays: " + recs);
    for (String place : PLACES) {
      assertTrue(recs.stream().anyMatch(t -> t.contains(place + " broadband map")), place + "'s own call: " + recs);
    }
    assertEquals(0, get("/api/recommendations?q=newsletter").get("total").asLong());
  }

  @Test
  void boilerplateIsFoundBySearchButNotCountedByTrends() throws Exception {
    assertEquals(6, get("/api/search?q=newsletter&size=20").get("total").asLong(), "search still finds the footer");
    JsonNode footer = get("/api/trends?term=newsletter&by=year&measure=mentions").get("series").get(0);
    assertEquals(0, footer.get("totalMentions").asLong(), footer.toString());
    JsonNode call = get("/api/trends?term=" + URLEncoder.encode("\"unused spectrum\"", StandardCharsets.UTF_8)
        + "&by=year&measure=mentions").get("series").get(0);
    assertEquals(5, call.get("totalMentions").asLong(), call.toString());
    JsonNode r = get("/api/trends?term=newsletter&measure=per10k");
    assertTrue(r.get("method").asText().contains("repeated verbatim in more than 5 documents"), r.get("method").asText());
  }
}
