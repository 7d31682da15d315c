package org.igfatlas.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key of a text for finding verbatim repeats across documents: letters and digits only (Unicode NFKC, lower
 * case, every run of other characters one space), hashed (16 hex digits of SHA-256). "Governments SHOULD act!" and
 * "governments should act" share a key; any change of a word gives another.
 */
public final class TextKey {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TextKey() {}

  /** The key, or null for a text without letters or digits. */
  public static String of(String text) {
    String norm = NOT_WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    if (norm.isEmpty()) return null;
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
