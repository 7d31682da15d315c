package org.igfatlas.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list of lower-case phrases matched against a sentence's tokens: a phrase matches where each of its words
 * equals the token's lemma or its lower-case word. Used by the topic and the actor lexicons.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** A phrase as its words; "cross-border data flow" -> [cross-border, data, flow]. */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.toLowerCase(Locale.ROOT).strip().split("\\s+")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  /** Token positions in [from, to) where {@code phrase} starts. */
  static List<Integer> find(List<NlpText.Token> tokens, List<String> phrase, int from, int to) {
    List<Integer> out = new ArrayList<>();
    outer:
    for (int i = from; i + phrase.size() <= to; i++) {
      for (int j = 0; j < phrase.size(); j++) {
        if (!tokens.get(i + j).matches(phrase.get(j))) continue outer;
      }
      out.add(i);
    }
    return out;
  }
}
