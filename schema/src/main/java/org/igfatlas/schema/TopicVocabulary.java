package org.igfatlas.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The topic vocabulary ({@code topics.json}): for each topic its id, label, theme, senses, and the terms, phrases,
 * cues and exclusions the indexer's matcher compiles, with examples and counter-examples the tests run; the
 * boilerplate patterns no topic is counted in; and what makes a passage discuss a topic. The API reads ids, labels
 * and themes from here; the matcher ({@code org.igfatlas.nlp.Topics}) reads the rest.
 */
public final class TopicVocabulary {
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Topic(String id, String label, String theme, String senses, List<String> terms, List<String> phrases,
                      List<String> cues, List<String> exclude, List<String> examples, List<String> counterExamples) {
    public Topic {
      terms = terms == null ? List.of() : List.copyOf(terms);
      phrases = phrases == null ? List.of() : List.copyOf(phrases);
      cues = cues == null ? List.of() : List.copyOf(cues);
      exclude = exclude == null ? List.of() : List.copyOf(exclude);
      examples = examples == null ? List.of() : List.copyOf(examples);
      counterExamples = counterExamples == null ? List.of() : List.copyOf(counterExamples);
    }
  }

  private final int version;
  private final List<Topic> topics;
  private final List<String> ignore = new ArrayList<>();
  private final List<String> ignoreExamples = new ArrayList<>();
  private final int minMatches;
  private final int minWords;

  private TopicVocabulary() {
    JsonNode tree = Resources.json(TopicVocabulary.class, "topics.json");
    version = tree.get("version").asInt();
    topics = Resources.list(tree, "topics", Topic.class);
    tree.path("ignore").forEach(p -> ignore.add(p.asText()));
    tree.path("ignoreExamples").forEach(p -> ignoreExamples.add(p.asText()));
    minMatches = tree.path("passage").path("minMatches").asInt(1);
    minWords = tree.path("passage").path("minWords").asInt(0);
  }

  /** Loaded once, on first use (the holder class is initialised, thread-safely, by the JVM). */
  public static TopicVocabulary get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final TopicVocabulary INSTANCE = new TopicVocabulary();
  }

  public int version() {
    return version;
  }

  public List<Topic> all() {
    return topics;
  }

  public Optional<Topic> byId(String id) {
    return topics.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** Regular expressions (case-insensitive) of boilerplate sentences in which no topic is mentioned. */
  public List<String> ignore() {
    return List.copyOf(ignore);
  }

  /** A sentence per {@link #ignore} pattern that it must match (tested). */
  public List<String> ignoreExamples() {
    return List.copyOf(ignoreExamples);
  }

  /** A passage discusses a topic when it mentions it at least this often ... */
  public int minMatches() {
    return minMatches;
  }

  /** ... in at least this many words. */
  public int minWords() {
    return minWords;
  }
}
