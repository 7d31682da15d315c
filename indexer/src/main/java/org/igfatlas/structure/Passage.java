package org.igfatlas.structure;

import java.util.List;

/**
 * The unit of retrieval inside a document: a speaker turn (or a sentence-bounded piece of a long turn) in a
 * transcript, or a paragraph / numbered point in a report.
 *
 * @param ordinal   position in the document, 0-based
 * @param kind      what the passage is
 * @param speaker   normalised speaker name of a turn, or {@code null} (reports, unidentified voices)
 * @param speakerLabel the label as captioned (e.g. {@code MS. BRANDHORST}), or {@code null}
 * @param section   heading of the report section the passage belongs to, or {@code null}
 * @param text      the passage text, whitespace-normalised, stage notes removed
 * @param start     offset of the passage's first character in the document text
 * @param end       offset just past the passage's last character in the document text
 * @param notes     stage notes found in the passage, e.g. {@code (off microphone)}
 */
public record Passage(int ordinal, Kind kind, String speaker, String speakerLabel, String section, String text,
                      int start, int end, List<String> notes) {

  public enum Kind {
    /** a speaker turn in a transcript (or part of one, when long turns are split) */
    TURN,
    /** text of a transcript before the first turn: title line, captioning disclaimer */
    PREAMBLE,
    /** a report paragraph */
    PARAGRAPH,
    /** a numbered or bulleted point of a report */
    POINT;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Passage {
    notes = List.copyOf(notes);
  }

  public Passage withOrdinal(int newOrdinal) {
    return new Passage(newOrdinal, kind, speaker, speakerLabel, section, text, start, end, notes);
  }
}
