package org.igfatlas.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notice that opens a real-time captioning transcript, in any of the wordings the IGF has used since 2006:
 * "The following are the outputs of the real-time captioning taken during the Fourteenth Annual Meeting ...",
 * "... taken during an IGF intervention / virtual call / the Open Consultations ...", "This is the output of the
 * real-time captioning ...", the captioners' own "This text is being provided in a rough draft format" and
 * "CAPTIONING PROVIDED BY", and the bare "Although it is largely accurate, in some cases it may be incomplete or
 * inaccurate due to inaudible passages or transcription errors". Its presence in the opening makes a transcript.
 */
public final class CaptioningDisclaimer {
  private static final String HYPHEN = "[-\u2010\u2011\u2012\u2013 ]?";
  private static final Pattern NOTICE = Pattern.compile(
      "(?:outputs? of the (?:real" + HYPHEN + "time )?captioning"
          + "|real" + HYPHEN + "time captioning taken"
          + "|captioning taken during"
          + "|(?:this|the following) (?:text|transcript) is being provided in a rough[- ]draft format"
          + "|captioning provided by"
          + "|it is largely accurate, in some cases it may be incomplete or inaccurate"
          + "|may be incomplete or inaccurate due to inaudible passages"
          + "|should not be treated as an authoritative record)",
      Pattern.CASE_INSENSITIVE);
  /** The sentence of the notice up to its first full stop after the match (at most 400 characters). */
  private static final int MAX = 400;
  /** How far into a text the notice is looked for: it comes after a title line and some site chrome. */
  public static final int OPENING = 3000;

  private CaptioningDisclaimer() {}

  /** The notice in the opening of {@code text} (its sentence, whitespace collapsed), or null. */
  public static String find(String text) {
    String opening = text.length() > OPENING ? text.substring(0, OPENING) : text;
    if (!mayHold(opening)) return null;
    Matcher m = NOTICE.matcher(opening);
    if (!m.find()) return null;
    int start = sentenceStart(opening, m.start());
    int end = opening.indexOf('.', m.end());
    end = end < 0 ? Math.min(opening.length(), m.end() + MAX) : Math.min(end + 1, start + MAX);
    return opening.substring(start, Math.max(end, m.end())).replaceAll("\\s+", " ").strip();
  }

  /** True when {@code line} is (the start of) a captioning notice: such a line is never a title. */
  public static boolean isNotice(String line) {
    if (!mayHold(line)) return false;
    Matcher m = NOTICE.matcher(line);
    return m.find() && m.start() < 60;
  }

  /** Every form of the notice holds one of these words: texts without them are not searched (most passages). */
  private static boolean mayHold(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("caption") || lower.contains("rough") || lower.contains("inaccurate") || lower.contains("authoritative");
  }

  private static int sentenceStart(String s, int at) {
    int i = at;
    while (i > 0 && at - i < MAX) {
      char c = s.charAt(i - 1);
      boolean labelColon = c == ':' && i >= 2 && Character.isWhitespace(s.charAt(i)); // "Note: The following is ..."
      if (c == '.' || c == '\n' || labelColon) break;
      i--;
    }
    return i;
  }
}
