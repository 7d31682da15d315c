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

  /** A phrase (or exclusion) of a topic, as words. */
  private record Phrase(int topic, List<String> words, boolean exclusion) {}

  private final List<Topic> topics;
  /** Phrases and exclusions by their first word, so a sentence is scanned once whatever the vocabulary's size. */
  private final Map<String, List<Phrase>> byFirstWord = new java.util.HashMap<>();
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
    for (int i = 0; i < topics.size(); i++) {
      Topic t = topics.get(i);
      List<String> all = new ArrayList<>(t.terms());
      all.addAll(t.phrases());
      for (String x : all) add(new Phrase(i, Vocabulary.words(x), false));
      for (String x : t.exclude()) add(new Phrase(i, Vocabulary.words(x), true));
    }
  }

  private void add(Phrase p) {
    byFirstWord.computeIfAbsent(p.words().get(0), k -> new ArrayList<>()).add(p);
  }

  /** Loaded once, on first use (the holder class is initialised, thread-safely, by the JVM). */
  public static Topics get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Topics INSTANCE = new Topics();
  }

  public List<Topic> all() {
    return topics;
  }

  /** The topic of an id, if it is in the vocabulary. */
  public java.util.Optional<Topic> byId(String id) {
    return topics.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public int version() {
    return version;
  }

  /**
   * Mentions of each topic in the sentences: topic id -> count, topics without mentions left out. Within a topic
   * a longer phrase claims its words before a shorter one inside it, and words covered by an exclusion do not count.
   */
  public Map<String, Integer> count(List<NlpText.Sentence> sentences) {
    int[] counts = new int[topics.size()];
    for (NlpText.Sentence s : sentences) {
      List<NlpText.Token> tokens = s.tokens();
      int n = tokens.size();
      List<Phrase> found = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        NlpText.Token tok = tokens.get(i);
        for (String form : Vocabulary.forms(tok)) {
          List<Phrase> candidates = byFirstWord.get(form);
          if (candidates == null) continue;
          for (Phrase p : candidates) {
            if (i + p.words().size() <= n && Vocabulary.matchesAt(tokens, p.words(), i) && !contains(found, at, p, i)) {
              found.add(p);
              at.add(i);
            }
          }
        }
      }
      if (found.isEmpty()) continue;
      Map<Integer, BitSet> excluded = new java.util.HashMap<>();
      List<Integer> order = new ArrayList<>();
      for (int k = 0; k < found.size(); k++) {
        if (found.get(k).exclusion()) {
          excluded.computeIfAbsent(found.get(k).topic(), x -> new BitSet(n)).set(at.get(k), at.get(k) + found.get(k).words().size());
        } else {
          order.add(k);
        }
      }
      order.sort((a, b) -> found.get(b).words().size() - found.get(a).words().size());
      Map<Integer, BitSet> used = new java.util.HashMap<>();
      for (int k : order) {
        Phrase p = found.get(k);
        int from = at.get(k);
        int to = from + p.words().size();
        BitSet u = used.computeIfAbsent(p.topic(), x -> new BitSet(n));
        BitSet e = excluded.get(p.topic());
        if (u.get(from, to).isEmpty() && (e == null || e.get(from, to).isEmpty())) {
          u.set(from, to);
          counts[p.topic()]++;
        }
      }
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) if (counts[i] > 0) out.put(topics.get(i).id(), counts[i]);
    return out;
  }

  private static boolean contains(List<Phrase> found, List<Integer> at, Phrase p, int i) {
    for (int k = 0; k < found.size(); k++) if (found.get(k) == p && at.get(k) == i) return true;
    return false;
  }
}
