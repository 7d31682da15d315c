package org.igfatlas.structure;

/**
 * Chooses how to read a document: as a transcript when its opening carries the captioning notice
 * ({@link CaptioningDisclaimer}), or one named speaker turn ({@code >> NAME:}), or at least {@link #MIN_TURNS}
 * bare {@code >>} markers; as a report otherwise. Returns its passages.
 */
public final class DocumentStructurer {
  /** Passages longer than this are split at sentence boundaries. */
  public static final int DEFAULT_MAX_PASSAGE_CHARS = 1200;
  /**
   * At most this many passages are made of one document (a day-long transcript has about 2,000 turns): beyond it the
   * passages of one document would no longer fit a small heap ({@link #bounded}).
   */
  public static final int MAX_PASSAGES = 20_000;
  /** A document with at least this many {@code >>} markers (named or not) is read as a transcript. */
  static final int MIN_TURNS = 3;

  private final TranscriptParser transcripts;
  private final ReportSplitter reports;

  public DocumentStructurer() {
    this(DEFAULT_MAX_PASSAGE_CHARS);
  }

  public DocumentStructurer(int maxPassageChars) {
    this.transcripts = new TranscriptParser(maxPassageChars);
    this.reports = new ReportSplitter(maxPassageChars);
  }

  public StructuredDocument structure(String text) {
    if (isTranscript(text)) {
      return new StructuredDocument(StructuredDocument.Form.TRANSCRIPT, SpeakerNames.merge(transcripts.parse(text)));
    }
    java.util.List<Passage> passages = reports.split(text);
    if (passages.isEmpty() && text.chars().anyMatch(Character::isLetterOrDigit)) {
      // a text that is a single heading-like line is still a passage, not an empty document
      String t = TextSpans.normalise(text);
      TextSpans.Span span = TextSpans.trim(text, 0, text.length());
      passages = java.util.List.of(new Passage(0, Passage.Kind.PARAGRAPH, null, null, null,
          t.length() > DEFAULT_MAX_PASSAGE_CHARS * 4 ? t.substring(0, DEFAULT_MAX_PASSAGE_CHARS * 4) : t, span.start(), span.end(), java.util.List.of()));
    }
    return new StructuredDocument(StructuredDocument.Form.REPORT, passages);
  }

  /**
   * {@code text}, or its beginning when it holds more than {@link #MAX_PASSAGES} turn markers or lines: cut before
   * the marker or line that would start passage {@code MAX_PASSAGES + 1}. The caller warns that the rest is not
   * indexed.
   */
  public static String bounded(String text) {
    int markers = 0;
    int lines = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '>' && i + 1 < text.length() && text.charAt(i + 1) == '>' && (i == 0 || text.charAt(i - 1) != '>')) {
        if (++markers > MAX_PASSAGES) return text.substring(0, i);
      } else if (c == '\n' && ++lines > MAX_PASSAGES * 2) {
        return text.substring(0, i);
      }
    }
    return text;
  }

  static boolean isTranscript(String text) {
    return TranscriptParser.countMarkers(text) >= MIN_TURNS || TranscriptParser.countNamedTurns(text) >= 1
        || CaptioningDisclaimer.find(text) != null;
  }
}
