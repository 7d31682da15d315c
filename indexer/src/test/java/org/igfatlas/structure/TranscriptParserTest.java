package org.igfatlas.structure;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.igfatlas.testing.Fixtures;
import org.junit.jupiter.api.Test;

class TranscriptParserTest {
  private final DocumentStructurer structurer = new DocumentStructurer();

  private List<Passage> turns(String text) {
    StructuredDocument doc = structurer.structure(text);
    assertEquals(StructuredDocument.Form.TRANSCRIPT, doc.form());
    return doc.passages().stream().filter(p -> p.kind() == Passage.Kind.TURN).toList();
  }

  @Test
  void namedTurnsWithAndWithoutSpaceAfterMarkerGetTheSameSpeaker() {
    List<Passage> turns = turns(Fixtures.text(Fixtures.TRANSCRIPTS.get(0)));
    assertEquals("Kudzai Marufu", turns.get(0).speaker());
    assertEquals("KUDZAI MARUFU", turns.get(0).speakerLabel());
    assertTrue(turns.get(0).text().startsWith("Good morning, everyone."));
    // ">>KUDZAI MARUFU:" without the space
    assertEquals("Kudzai Marufu", turns.get(2).speaker());
    assertEquals("Thank you, Liesl. We have a question from the floor.", turns.get(2).text());
  }

  @Test
  void honorificIsDroppedFromTheSpeakerButKeptInTheLabel() {
    Passage p = turns(Fixtures.text(Fixtures.TRANSCRIPTS.get(0))).get(1);
    assertEquals("Brandhorst", p.speaker());
    assertEquals("MS. BRANDHORST", p.speakerLabel());
  }

  @Test
  void stageNotesAreKeptOutOfSpeech() {
    List<Passage> turns = turns(Fixtures.text(Fixtures.TRANSCRIPTS.get(0)));
    Passage anriette = turns.get(1);
    assertFalse(anriette.text().contains("Applause"), anriette.text());
    assertEquals(List.of("(Applause)"), anriette.notes());
    Passage unnamed = turns.get(3);
    assertEquals("Yes, thank you. I wanted to ask about remote participation.", unnamed.text());
    assertEquals(List.of("(off microphone)"), unnamed.notes());
  }

  @Test
  void unnamedAndRoleTurnsHaveNoSpeaker() {
    List<Passage> turns = turns(Fixtures.text(Fixtures.TRANSCRIPTS.get(0)));
    assertNull(turns.get(3).speaker(), "bare >> is an unidentified voice");
    assertNull(turns.get(3).speakerLabel());
    assertNull(turns.get(4).speaker(), "AUDIENCE MEMBER is a role, not a person");
    assertEquals("AUDIENCE MEMBER", turns.get(4).speakerLabel());
    assertNull(turns.get(6).speaker(), "MODERATOR is a role");
  }

  @Test
  void hyphenatedAndApostropheNamesAreTitleCased() {
    List<Passage> turns = turns(Fixtures.text(Fixtures.TRANSCRIPTS.get(0)));
    assertEquals("Jean-Paul O'Brien", turns.get(7).speaker());
  }

  @Test
  void longTurnIsSplitAtSentenceBoundaries() {
    List<Passage> turns = turns(Fixtures.text(Fixtures.TRANSCRIPTS.get(0)));
    List<Passage> jp = turns.stream().filter(p -> "Jean-Paul O'Brien".equals(p.speaker())).toList();
    assertTrue(jp.size() >= 2, "a 1,300-character turn is split, got " + jp.size());
    for (Passage p : jp) {
      assertTrue(p.text().length() <= DocumentStructurer.DEFAULT_MAX_PASSAGE_CHARS, "piece too long: " + p.text().length());
      assertTrue(p.text().endsWith(".") || p.text().endsWith("?"), "ends at a sentence boundary: " + p.text());
    }
    assertTrue(jp.get(jp.size() - 1).text().startsWith("Finally") || jp.get(jp.size() - 1).text().contains("Finally"));
  }

  @Test
  void preambleHoldsTitleAndDisclaimerAndOffsetsPointIntoTheText() {
    String text = Fixtures.text(Fixtures.TRANSCRIPTS.get(0));
    StructuredDocument doc = structurer.structure(text);
    List<Passage> preamble = doc.passages().stream().filter(p -> p.kind() == Passage.Kind.PREAMBLE).toList();
    assertFalse(preamble.isEmpty());
    assertTrue(preamble.stream().anyMatch(p -> p.text().contains("Fourteenth Annual Meeting")));
    for (Passage p : doc.passages()) {
      String span = TextSpans.normalise(text.substring(p.start(), p.end()));
      String firstWords = p.text().substring(0, Math.min(12, p.text().length()));
      assertTrue(span.startsWith(firstWords) || span.contains(firstWords), "offsets of passage " + p.ordinal());
      assertEquals(doc.passages().indexOf(p), p.ordinal());
    }
  }

  @Test
  void sessionEndNoteAfterLastTurnIsNotSpeech() {
    List<Passage> turns = turns(Fixtures.text(Fixtures.TRANSCRIPTS.get(0)));
    Passage last = turns.get(turns.size() - 1);
    assertEquals("Brandhorst", last.speaker());
    assertFalse(last.text().contains("Session ended"));
    assertEquals(List.of("(Session ended)"), last.notes());
  }

  @Test
  void olderTranscriptWithDoctorAndRepeatedRoles() {
    List<Passage> turns = turns(Fixtures.text(Fixtures.TRANSCRIPTS.get(1)));
    assertEquals(List.of("Paloma Quiroga", "Adaeze Obiora"),
        turns.stream().map(Passage::speaker).filter(s -> s != null).distinct().toList());
    Passage offMic = turns.stream().filter(p -> p.notes().contains("(Off microphone)")).findFirst().orElseThrow();
    assertEquals("", offMic.text());
    assertNull(offMic.speaker());
  }

  @Test
  void labelHeuristicRejectsSentencesBeforeAColon() {
    assertTrue(SpeakerLabels.isLabel("KUDZAI MARUFU"));
    assertTrue(SpeakerLabels.isLabel("MS. BRANDHORST"));
    assertTrue(SpeakerLabels.isLabel("Liesl Brandhorst"));
    assertTrue(SpeakerLabels.isLabel("JOHN DOE, ICANN"));
    assertFalse(SpeakerLabels.isLabel("Yes"));
    assertFalse(SpeakerLabels.isLabel("I have three points to make"));
    assertFalse(SpeakerLabels.isLabel("Is that right?"));
    assertEquals("John Doe", SpeakerLabels.speakerOf("JOHN DOE, ICANN"));
    assertNull(SpeakerLabels.speakerOf("PARTICIPANT 2"));
    assertEquals("Adaeze Obiora", SpeakerLabels.speakerOf("DR. ADAEZE OBIORA"));
    assertEquals("Ali", SpeakerLabels.speakerOf("H.E. ALI"));
  }

  @Test
  void oneNamedTurnOrTheCaptioningNoticeMakesATranscript() {
    DocumentStructurer structurer = new DocumentStructurer();
    String oneTurn = "IGF 2022 Day 2 Open Forum #12 Rivers\n\n>>SELMA ODUYA-BERG: Good morning, everyone, we will start.";
    StructuredDocument d = structurer.structure(oneTurn);
    assertEquals(StructuredDocument.Form.TRANSCRIPT, d.form());
    assertTrue(d.passages().stream().anyMatch(p -> "Selma Oduya-Berg".equals(p.speaker())), d.passages().toString());
    String noticeOnly = "IGF 2021 - MAG - Virtual Meeting - IV\n\nThe following are the outputs of the real-time captioning taken "
        + "during an IGF virtual call. Although it is largely accurate, in some cases it may be incomplete or inaccurate.";
    assertEquals(StructuredDocument.Form.TRANSCRIPT, structurer.structure(noticeOnly).form());
    assertEquals(StructuredDocument.Form.REPORT, structurer.structure("A report.\n\nThe arrow >> points right.").form());
  }

  @Test
  void aDocumentGivesAtMostMaxPassages() {
    String turns = ">> x\n".repeat(DocumentStructurer.MAX_PASSAGES + 500);
    String cut = DocumentStructurer.bounded(turns);
    assertEquals(DocumentStructurer.MAX_PASSAGES * 5, cut.length(), "cut before the turn that would be one too many");
    assertEquals(DocumentStructurer.MAX_PASSAGES, new DocumentStructurer().structure(cut).passages().size());
    String lines = "A line of a report.\n".repeat(DocumentStructurer.MAX_PASSAGES * 3);
    assertTrue(DocumentStructurer.bounded(lines).length() < lines.length());
    String run = "access rights data youth ".repeat(20_000); // 500,000 characters, no sentence punctuation
    for (Passage p : new DocumentStructurer().structure(run).passages()) {
      assertTrue(p.text().length() <= 2 * DocumentStructurer.DEFAULT_MAX_PASSAGE_CHARS, "a run without sentences is cut at words");
    }
    String ordinary = "IGF 2019 report\n\nOne paragraph.\n";
    assertSame(ordinary, DocumentStructurer.bounded(ordinary));
  }
}
