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

  /** The lower-case forms a token offers to the vocabulary: its lemma, its word, and the word without a plural s. */
  static List<String> forms(NlpText.Token t) {
    String lower = t.word().toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>(3);
    out.add(t.lemma());
    if (!lower.equals(t.lemma())) out.add(lower);
    if (lower.length() > 3 && lower.endsWith("s")) {
      String singular = lower.substring(0, lower.length() - 1);
      if (!out.contains(singular)) out.add(singular);
    }
    return out;
  }

  /** True when {@code phrase} matches the tokens starting at {@code at}. */
  static boolean matchesAt(List<NlpText.Token> tokens, List<String> phrase, int at) {
    for (int j = 0; j < phrase.size(); j++) {
      if (!tokens.get(at + j).matches(phrase.get(j))) return false;
    }
    return true;
  }
}
