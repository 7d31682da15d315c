package org.igfatlas.nlp;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@link NlpMode#OFF} analyzer: JDK sentence breaks, word tokens, plural stripping as lemmas, no entities. */
final class PlainAnalyzer implements TextAnalyzer {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

  @Override
  public NlpText.Analysis analyze(String text) {
    List<NlpText.Sentence> sentences = new ArrayList<>();
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      List<NlpText.Token> tokens = new ArrayList<>();
      Matcher m = WORD.matcher(text).region(start, end);
      while (m.find()) {
        String w = m.group();
        String lemma = singular(w.toLowerCase(Locale.ROOT));
        tokens.add(new NlpText.Token(w, lemma, null, "O", m.start() - start, m.end() - start));
      }
      String s = text.substring(start, end);
      int lead = s.length() - s.stripLeading().length();
      if (!tokens.isEmpty()) sentences.add(new NlpText.Sentence(s.strip(), start + lead, start + lead + s.strip().length(), shift(tokens, lead)));
    }
    return new NlpText.Analysis(sentences, List.of());
  }

  private static List<NlpText.Token> shift(List<NlpText.Token> tokens, int by) {
    List<NlpText.Token> out = new ArrayList<>(tokens.size());
    for (NlpText.Token t : tokens) out.add(new NlpText.Token(t.word(), t.lemma(), t.pos(), t.ner(), t.begin() - by, t.end() - by));
    return out;
  }

  /** Plural stripping in the manner of Lucene's EnglishMinimalStemmer ("policies" -> "policy", "networks" -> "network"). */
  static String singular(String w) {
    int n = w.length();
    if (n < 3 || w.charAt(n - 1) != 's') return w;
    switch (w.charAt(n - 2)) {
      case 'u', 's' -> { return w; }
      case 'e' -> {
        if (n > 3 && w.charAt(n - 3) == 'i' && w.charAt(n - 4) != 'a' && w.charAt(n - 4) != 'e') return w.substring(0, n - 3) + "y";
        if (w.charAt(n - 3) == 'i' || w.charAt(n - 3) == 'a' || w.charAt(n - 3) == 'o' || w.charAt(n - 3) == 'e') return w;
        return w.substring(0, n - 1);
      }
      default -> { return w.substring(0, n - 1); }
    }
  }

  @Override
  public String id() {
    return "plain-1";
  }
}
