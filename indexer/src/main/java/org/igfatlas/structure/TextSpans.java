package org.igfatlas.structure;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small helpers shared by the transcript parser and the report splitter. */
final class TextSpans {
  private TextSpans() {}

  /** A span [start, end) of the document text. */
  record Span(int start, int end) {
    int length() {
      return end - start;
    }
  }

  /** Collapses runs of whitespace (including line breaks from PDF wrapping) into single spaces, trims. */
  static String normalise(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) out.append(' ');
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Narrows [start, end) so it starts and ends on non-whitespace; returns null when empty. */
  static Span trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    return start < end ? new Span(start, end) : null;
  }

  /**
   * Cuts [start, end) into pieces of at most {@code max} characters at sentence boundaries (a single
   * sentence longer than {@code max} stays whole: a passage never ends mid-sentence).
   */
  static List<Span> splitAtSentences(String text, int start, int end, int max) {
    List<Span> out = new ArrayList<>();
    if (end - start <= max) {
      out.add(new Span(start, end));
      return out;
    }
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(text.substring(start, end));
    int pieceStart = 0;
    int lastBoundary = 0;
    for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
      if (b - pieceStart > max && lastBoundary > pieceStart) {
        out.add(new Span(start + pieceStart, start + lastBoundary));
        pieceStart = lastBoundary;
      }
      lastBoundary = b;
    }
    if (pieceStart < end - start) out.add(new Span(start + pieceStart, end));
    List<Span> trimmed = new ArrayList<>();
    for (Span s : out) {
      for (Span w : atWords(text, s, max)) {
        Span t = trim(text, w.start(), w.end());
        if (t != null) trimmed.add(t);
      }
    }
    return trimmed;
  }

  /**
   * A "sentence" longer than twice {@code max} (a text without sentence punctuation: a one-line page, a list run
   * together) cut at the last space before each {@code max} characters, so no passage grows without bound.
   */
  private static List<Span> atWords(String text, Span s, int max) {
    if (s.end() - s.start() <= 2 * max) return List.of(s);
    List<Span> out = new ArrayList<>();
    int from = s.start();
    while (s.end() - from > max) {
      int cut = from + max;
      int space = text.lastIndexOf(' ', cut);
      if (space > from + max / 2) cut = space;
      out.add(new Span(from, cut));
      from = cut;
    }
    if (from < s.end()) out.add(new Span(from, s.end()));
    return out;
  }
}
