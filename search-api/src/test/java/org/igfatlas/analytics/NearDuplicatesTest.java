package org.igfatlas.analytics;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.igfatlas.search.SearchResponse;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private static SearchResponse.Hit hit(String id, String text) {
    return new SearchResponse.Hit("d", id, 0, "t", 2020, null, null, null, List.of(), List.of(), null, null, text, 1f, "s",
        null, List.of("government"), List.of(), null);
  }

  @Test
  void repeatedCallsAreGroupedAndDistinctOnesAreNot() {
    List<SearchResponse.Group> g = NearDuplicates.group(List.of(
        hit("a-1", "Governments need to revise policy and regulatory frameworks to enable <mark>community</mark> networks."),
        hit("b-4", "Governments need to revise their policy and regulatory frameworks to enable community networks."),
        hit("c-2", "The private sector should adopt transparent data-sharing agreements."),
        hit("d-9", "Governments should revise regulatory frameworks and policy to enable community networks.")));
    assertEquals(2, g.size(), g.toString());
    assertEquals(3, g.get(0).size());
    assertEquals(List.of("a-1#0", "b-4#1", "d-9#3"), g.get(0).members());
    assertEquals(1, g.get(1).size());
  }
}
