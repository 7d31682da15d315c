package org.igfatlas.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a real-time captioning transcript into speaker turns. A turn starts at {@code >>}, optionally followed
 * by a speaker label and a colon ({@code >> KUDZAI MARUFU:}, {@code >>MS. BRANDHORST:}); a bare
 * {@code >>} is an unidentified voice. Text before the first turn (title line, captioning disclaimer) becomes
 * preamble paragraphs. Stage notes are kept out of the speech; long turns are split at sentence boundaries.
 */
public final class TranscriptParser {
  /** A turn marker: {@code >>} at the start of the text or after whitespace. */
  static final Pattern MARKER = Pattern.compile("(?:^|(?<=\\s))>>(?!>)");
  private static final Pattern LABEL = Pattern.compile("\\G[ \\t]*([^:\\n\\r]{1,70}?)[ \\t]*:");

  private final int maxPassageChars;

  public TranscriptParser(int maxPassageChars) {
    this.maxPassageChars = maxPassageChars;
  }

  /** Number of turn markers in {@code text}: how the structurer recognises a transcript. */
  public static int countMarkers(String text) {
    Matcher m = MARKER.matcher(text);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  /**
   * Number of turn markers followed by a speaker label ({@code >> NAME:}, {@code >>MS. BRANDHORST:}): one such
   * turn is enough to tell a transcript from a text that merely contains {@code >>}.
   */
  public static int countNamedTurns(String text) {
    Matcher m = MARKER.matcher(text);
    int n = 0;
    while (m.find()) {
      Matcher lm = LABEL.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 80));
      if (lm.find() && SpeakerLabels.isLabel(lm.group(1))) n++;
    }
    return n;
  }

  public List<Passage> parse(String text) {
    List<Passage> out = new ArrayList<>();
    Matcher m = MARKER.matcher(text);
    List<Integer> markers = new ArrayList<>();
    while (m.find()) markers.add(m.start());
    int firstTurn = markers.isEmpty() ? text.length() : markers.get(0);
    if (firstTurn > 0) {
      for (Passage p : new ReportSplitter(maxPassageChars).split(text, 0, firstTurn)) {
        out.add(new Passage(out.size(), Passage.Kind.PREAMBLE, null, null, p.section(), p.text(), p.start(), p.end(),
            p.notes()));
      }
    }
    for (int i = 0; i < markers.size(); i++) {
      int start = markers.get(i) + 2;
      int end = i + 1 < markers.size() ? markers.get(i + 1) : text.length();
      String label = null;
      Matcher lm = LABEL.matcher(text).region(start, end);
      if (lm.find() && SpeakerLabels.isLabel(lm.group(1))) {
        label = lm.group(1).strip().replaceAll("\\s+", " ");
        start = lm.end();
      }
      String speaker = SpeakerLabels.speakerOf(label);
      TextSpans.Span turn = TextSpans.trim(text, start, end);
      if (turn == null) continue;
      for (TextSpans.Span piece : TextSpans.splitAtSentences(text, turn.start(), turn.end(), maxPassageChars)) {
        StageNotes.Cleaned c = StageNotes.clean(text.substring(piece.start(), piece.end()));
        if (c.speech().isEmpty() && c.notes().isEmpty()) continue;
        out.add(new Passage(out.size(), Passage.Kind.TURN, speaker, label, null, c.speech(), piece.start(),
            piece.end(), c.notes()));
      }
    }
    return out;
  }
}
