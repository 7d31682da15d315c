package org.igfatlas.index;

/** Token counting for rates (mentions per 10,000 tokens): runs of letters or digits. */
public final class TextStats {
  private TextStats() {}

  public static int countTokens(CharSequence s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean word = Character.isLetterOrDigit(s.charAt(i));
      if (word && !in) n++;
      in = word || (in && (s.charAt(i) == '\'' || s.charAt(i) == '’') && i + 1 < s.length()
          && Character.isLetter(s.charAt(i + 1)));
    }
    return n;
  }
}
