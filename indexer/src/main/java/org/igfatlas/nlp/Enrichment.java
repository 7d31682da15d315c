package org.igfatlas.nlp;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What language analysis adds to a document: one entry per passage, in passage order. */
public record Enrichment(String analyzer, List<PassageEnrichment> passages) {

  /**
   * Entities, topic mentions, recommendations and the speaker's profile of one passage.
   *
   * @param tokens tokens the analyzer saw (the NLP throughput denominator)
   */
  /**
   * What analysis adds to a passage. {@code stakeholder}: the speaker's group from a self-introduction;
   * {@code listedStakeholders} and {@code regionalGroups}: the groups of the people a session page lists
   * ({@link SpeakerLists}).
   */
  public record PassageEnrichment(Set<String> persons, Set<String> organizations, Set<String> countries,
                                  Map<String, Integer> topics, List<Recommendation> recommendations,
                                  String affiliation, String stakeholder, int tokens,
                                  Set<String> listedStakeholders, Set<String> regionalGroups) {
    public PassageEnrichment {
      listedStakeholders = listedStakeholders == null ? Set.of() : listedStakeholders;
      regionalGroups = regionalGroups == null ? Set.of() : regionalGroups;
    }
  }

  /**
   * A recommendation sentence: offsets in the passage text, the cue, addressees, topics it mentions and its
   * strength ({@link RecommendationDetector.Found#strength()}).
   */
  public record Recommendation(String text, int begin, int end, String cue, List<String> actors, List<String> topics,
                               double strength) {}

  public static Enrichment empty(int passages) {
    List<PassageEnrichment> out = new java.util.ArrayList<>(passages);
    for (int i = 0; i < passages; i++) out.add(new PassageEnrichment(Set.of(), Set.of(), Set.of(), Map.of(), List.of(), null, null, 0, Set.of(), Set.of()));
    return new Enrichment("none", out);
  }
}
