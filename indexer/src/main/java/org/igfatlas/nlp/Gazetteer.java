package org.igfatlas.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds listed names in a text: at each position where a word may start (not after a letter, digit or hyphen) the
 * names beginning with that character are tried in list order, and the first that ends at a word boundary (not
 * before a letter or digit, nor a hyphen and a letter) is taken; the search goes on after it. The same matches as a
 * regular expression alternation of the quoted names between those boundaries, without trying every name at every
 * position (on the benchmark corpus, the alternations were most of the analysis time with NLP off).
 */
final class Gazetteer {
  private final Map<Character, List<String>> byFirst = new HashMap<>();
  private final boolean ignoreCase;

  Gazetteer(List<String> names, boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
    for (String n : names) {
      if (n.isEmpty()) continue;
      byFirst.computeIfAbsent(fold(n.charAt(0)), k -> new ArrayList<>()).add(n);
    }
  }

  private char fold(char c) {
    return ignoreCase ? Character.toLowerCase(Character.toUpperCase(c)) : c;
  }

  /** The names found in {@code text}, as written there, in order. */
  List<String> find(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (i > 0 && wordChar(text.charAt(i - 1), true)) {
        i++;
        continue;
      }
      List<String> candidates = byFirst.get(fold(text.charAt(i)));
      String hit = null;
      if (candidates != null) {
        for (String name : candidates) {
          int end = i + name.length();
          if (end <= n && text.regionMatches(ignoreCase, i, name, 0, name.length()) && endsWord(text, end)) {
            hit = text.substring(i, end);
            break;
          }
        }
      }
      if (hit != null) {
        out.add(hit);
        i += Math.max(1, hit.length());
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean wordChar(char c, boolean orHyphen) {
    return Character.isLetterOrDigit(c) || (orHyphen && c == '-');
  }

  /** Not followed by a letter or digit, nor by a hyphen and a letter. */
  private static boolean endsWord(String text, int end) {
    if (end >= text.length()) return true;
    char c = text.charAt(end);
    if (Character.isLetterOrDigit(c)) return false;
    return !(c == '-' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1)));
  }
}
