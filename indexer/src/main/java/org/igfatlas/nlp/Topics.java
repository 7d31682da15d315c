package org.igfatlas.nlp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topic vocabulary ({@code topics.json}): each topic a set of terms and phrases matched on lemmas, with
 * exclusions ("enabling environment" is not the environment). Counts mentions per sentence list.
 */
public final class Topics {
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Topic(String id, String label, String theme, List<String> terms, List<String> phrases, List<String> exclude) {}

  private record Compiled(Topic topic, List<List<String>> phrases, List<List<String>> exclusions) {}

  private static volatile Topics instance;
  private final List<Topic> topics;
  private final List<Compiled> compiled = new ArrayList<>();
  private final int version;

  private Topics() {
    try (InputStream in = Topics.class.getResourceAsStream("topics.json")) {
      if (in == null) throw new IllegalStateException("missing topics.json");
      var tree = new ObjectMapper().readTree(in);
      version = tree.get("version").asInt();
      topics = List.of(new ObjectMapper().readerForArrayOf(Topic.class).<Topic[]>readValue(tree.get("topics")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Topic t : topics) {
      List<List<String>> phrases = new ArrayList<>();
      t.terms().forEach(x -> phrases.add(Vocabulary.words(x)));
      t.phrases().forEach(x -> phrases.add(Vocabulary.words(x)));
      // longest first, so that a longer phrase claims its tokens before a shorter one inside it
      phrases.sort((a, b) -> b.size() - a.size());
      List<List<String>> excl = new ArrayList<>();
      t.exclude().forEach(x -> excl.add(Vocabulary.words(x)));
      compiled.add(new Compiled(t, phrases, excl));
    }
  }

  public static Topics get() {
    if (instance == null) {
      synchronized (Topics.class) {
        if (instance == null) instance = new Topics();
      }
    }
    return instance;
  }

  public List<Topic> all() {
    return topics;
  }

  public int version() {
    return version;
  }

  /** Mentions of each topic in the sentences: topic id -> count, topics without mentions left out. */
  public Map<String, Integer> count(List<NlpText.Sentence> sentences) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (NlpText.Sentence s : sentences) {
      List<NlpText.Token> tokens = s.tokens();
      for (Compiled c : compiled) {
        BitSet excluded = new BitSet(tokens.size());
        for (List<String> e : c.exclusions()) {
          for (int at : Vocabulary.find(tokens, e, 0, tokens.size())) excluded.set(at, at + e.size());
        }
        BitSet used = new BitSet(tokens.size());
        int n = 0;
        for (List<String> p : c.phrases()) {
          for (int at : Vocabulary.find(tokens, p, 0, tokens.size())) {
            if (used.get(at, at + p.size()).isEmpty() && excluded.get(at, at + p.size()).isEmpty()) {
              used.set(at, at + p.size());
              n++;
            }
          }
        }
        if (n > 0) out.merge(c.topic().id(), n, Integer::sum);
      }
    }
    return out;
  }
}
