package org.igfatlas.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The groups recommendations address ({@code actors.json}): id, label and the phrases that name them. The API reads
 * ids and labels; the recommendation detector ({@code org.igfatlas.nlp.Actors}) matches the phrases.
 */
public final class ActorVocabulary {
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Actor(String id, String label, List<String> phrases) {}

  private final List<Actor> actors = Resources.list(Resources.json(ActorVocabulary.class, "actors.json"), "actors", Actor.class);

  private ActorVocabulary() {}

  /** Loaded once, on first use. */
  public static ActorVocabulary get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final ActorVocabulary INSTANCE = new ActorVocabulary();
  }

  public List<Actor> all() {
    return actors;
  }
}
