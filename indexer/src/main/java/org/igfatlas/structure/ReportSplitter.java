package org.igfatlas.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a report into paragraphs and numbered or bulleted points, each with the heading of its section.
 * Works on logical lines so that the same text gives the same passages whether it came from a PDF (wrapped
 * lines), a DOCX or HTML file (one block per paragraph) or plain text (blank-line separated paragraphs).
 */
public final class ReportSplitter {
  /** A line that starts a numbered or bulleted point: "1.", "2)", "(a)", "iv.", "-", "•", "▪", "*". */
  private static final Pattern POINT = Pattern.compile(
      "^(?:[-–•▪◦*·]\\s+|\\(?\\d{1,3}[.)]\\s+|\\(?[a-z][.)]\\s+|\\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)[.)]\\s+)",
      Pattern.CASE_INSENSITIVE);
  /** Numbered headings such as "4.2 In detail" or "II. Analytical Overview". */
  private static final Pattern NUMBERED_HEADING = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[IVX]{1,5}\\.)\\s+\\S.*");
  private static final Pattern URL_ONLY = Pattern.compile("^<?https?://\\S+>?$");
  private static final Pattern MARKUP = Pattern.compile("^[#*_\\s]+|[*_\\s]+$");

  private final int maxPassageChars;

  public ReportSplitter(int maxPassageChars) {
    this.maxPassageChars = maxPassageChars;
  }

  public List<Passage> split(String text) {
    return split(text, 0, text.length());
  }

  /** Splits the region [from, to) of {@code text}; offsets in the result are offsets in {@code text}. */
  public List<Passage> split(String text, int from, int to) {
    List<Passage> out = new ArrayList<>();
    String section = null;
    List<TextSpans.Span> lines = new ArrayList<>(); // lines of the paragraph being built
    boolean point = false;
    int i = from;
    while (i < to) {
      int nl = text.indexOf('\n', i);
      int lineEnd = nl < 0 || nl > to ? to : nl;
      TextSpans.Span line = TextSpans.trim(text, i, lineEnd);
      i = lineEnd + 1;
      if (line == null) { // blank line: paragraph break
        section = flush(text, lines, point, section, out);
        point = false;
        continue;
      }
      String s = text.substring(line.start(), line.end());
      boolean startsPoint = POINT.matcher(s).find();
      boolean tabular = s.indexOf('\t') >= 0;
      boolean newParagraph = lines.isEmpty() || startsPoint || tabular
          || (lines.size() == 1 && !point && headsBlock(text, lines.get(0), s));
      if (newParagraph) {
        section = flush(text, lines, point, section, out); // a lone heading-like line becomes the section
        point = startsPoint;
      }
      lines.add(line);
      if (tabular) section = flush(text, lines, false, section, out);
    }
    flush(text, lines, point, section, out);
    return out;
  }

  /** Emits the paragraph made of {@code lines} (cleared afterwards); returns the section in force. */
  private String flush(String text, List<TextSpans.Span> lines, boolean point, String section, List<Passage> out) {
    if (lines.isEmpty()) return section;
    int start = lines.get(0).start();
    int end = lines.get(lines.size() - 1).end();
    lines.clear();
    String raw = text.substring(start, end);
    String para = TextSpans.normalise(raw);
    if (!point && raw.indexOf('\t') < 0 && isHeading(para)) {
      return heading(para);
    }
    if (URL_ONLY.matcher(para).matches() || para.chars().noneMatch(Character::isLetterOrDigit)) return section;
    for (TextSpans.Span piece : TextSpans.splitAtSentences(text, start, end, maxPassageChars)) {
      String pieceText = stripMarkup(TextSpans.normalise(text.substring(piece.start(), piece.end())));
      out.add(new Passage(out.size(), point ? Passage.Kind.POINT : Passage.Kind.PARAGRAPH, null, null, section,
          pieceText, piece.start(), piece.end(), List.of()));
    }
    return section;
  }

  /**
   * True when {@code first}, the first line of a block, is a title over the block's text rather than the first
   * wrapped line of a paragraph: a short heading-like line followed by a line that starts a new sentence.
   */
  private static boolean headsBlock(String text, TextSpans.Span first, String next) {
    String line = text.substring(first.start(), first.end());
    if (line.length() > 60 || line.split("\\s+").length > 8 || !isHeading(line)) return false;
    char c = next.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  /**
   * A heading is a short line (at most 10 words, 90 characters) without sentence-final punctuation, or a
   * numbered heading ("4.2 In detail") of at most 12 words.
   */
  static boolean isHeading(String line) {
    String s = stripMarkup(line.strip());
    if (s.isEmpty() || s.length() > 90 || s.indexOf('\t') >= 0) return false;
    int words = s.split("\\s+").length;
    char last = s.charAt(s.length() - 1);
    if (last == ',' || last == ';' || last == '-' || last == '–') return false;
    if (!Character.isUpperCase(firstLetter(s)) && !Character.isDigit(s.charAt(0))) return false;
    if (NUMBERED_HEADING.matcher(s).matches()) return words <= 12 && !s.endsWith(".");
    if (POINT.matcher(s).find()) return false;
    return words <= 10 && last != '.' && last != ':' && last != '?' && last != '!';
  }

  private static char firstLetter(String s) {
    for (char c : s.toCharArray()) if (Character.isLetter(c)) return c;
    return 'a';
  }

  private static String heading(String line) {
    return stripMarkup(TextSpans.normalise(line));
  }

  private static String stripMarkup(String s) {
    return MARKUP.matcher(s).replaceAll("");
  }
}
