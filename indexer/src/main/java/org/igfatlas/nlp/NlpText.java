package org.igfatlas.nlp;

import java.util.List;

/** Language analysis of one passage, independent of the library that produced it. Offsets are in the passage text. */
public final class NlpText {
  private NlpText() {}

  /** A token: surface form, lemma (lower case), part of speech (null without CoreNLP), NER label ("O" for none). */
  public record Token(String word, String lemma, String pos, String ner, int begin, int end) {
    /** Lower-case forms a vocabulary entry may match: the lemma and the word itself (CoreNLP lemmatises "data" as "datum"). */
    public boolean matches(String form) {
      if (form.equals(lemma) || form.equalsIgnoreCase(word)) return true;
      // plural nouns the lemmatiser leaves alone at the start of a sentence ("States", "NGOs")
      return word.length() == form.length() + 1 && (word.endsWith("s") || word.endsWith("S"))
          && word.regionMatches(true, 0, form, 0, form.length());
    }
  }

  public record Sentence(String text, int begin, int end, List<Token> tokens) {
    public Sentence {
      tokens = List.copyOf(tokens);
    }
  }

  /** A named entity mention: PERSON, ORGANIZATION, LOCATION (and finer types in full mode). */
  public record Entity(String text, String type, int begin, int end) {}

  public record Analysis(List<Sentence> sentences, List<Entity> entities) {
    public Analysis {
      sentences = List.copyOf(sentences);
      entities = List.copyOf(entities);
    }

    public int tokenCount() {
      return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
  }
}
