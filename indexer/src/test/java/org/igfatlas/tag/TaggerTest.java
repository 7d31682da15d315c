package org.igfatlas.tag;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.igfatlas.corpus.Sidecar;
import org.igfatlas.structure.DocumentStructurer;
import org.igfatlas.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Each tagger on realistic snippets, with the evidence it gives. */
class TaggerTest {
  private static final Tagger TAGGER = new Tagger();

  private static DocumentTags tag(String name, String text) {
    return tag(name, text, Optional.empty());
  }

  private static DocumentTags tag(String name, String text, Optional<Sidecar> sidecar) {
    return TAGGER.tag(new TagInput(Path.of("corpus", name), null, text, new DocumentStructurer().structure(text).form(), sidecar));
  }

  private static Evidence evidence(DocumentTags t, String field) {
    return t.evidence().stream().filter(e -> e.field().equals(field)).findFirst().orElseThrow();
  }

  @Test
  void transcriptIsTaggedFromTitleAndDisclaimerWithEvidence() {
    DocumentTags t = tag("x.txt", Fixtures.text(Fixtures.TRANSCRIPTS.get(1)));
    assertEquals(2016, t.year());
    assertEquals("workshop", t.sessionType());
    assertEquals("annual_meeting", t.meeting());
    assertEquals("transcript", t.docKind());
    Evidence ws = evidence(t, "sessionType");
    assertEquals("title.workshop", ws.source());
    assertEquals("WS250", ws.matched(), "tagged Workshop because the title says WS250");
    assertTrue(t.evidence().stream().anyMatch(e -> e.source().equals("disclaimer.ordinal") && e.matched().startsWith("Eleventh")));
  }

  @Test
  void disclaimerOrdinalGivesTheYearWhenTheTitleHasNone() {
    String text = """
        Main Session on Access and Diversity

        The following are the outputs of the real-time captioning taken during the Sixth Annual Meeting of the Internet Governance Forum (IGF) in Nairobi, Kenya. Although it is largely accurate, in some cases it may be incomplete.

        >> MODERATOR: Welcome.

        >> ALICE WANJIRU: Thank you. Access remains the priority.

        >> BOB OTIENO: Affordability matters most.
        """;
    DocumentTags t = tag("session.txt", text);
    assertEquals(2011, t.year());
    assertEquals("main_session", t.sessionType());
    assertEquals("disclaimer.ordinal", evidence(t, "year").source());
  }

  @Test
  void sessionNameIsTheTitleWithoutYearDayAndRoom() {
    assertEquals("IGF For Beginners Main Session",
        TagContext.sessionName("IGF 2019 – Day 1 – Convention Hall II – IGF For Beginners Main Session"));
    assertEquals("DC on Accessibility and Disability", TagContext.sessionName("IGF 2017 - Day 3 - Room XXIII - DC on Accessibility and Disability"));
    assertEquals("MAG - Virtual Meeting", TagContext.sessionName("IGF 2020 - MAG - Virtual Meeting - XIX"));
  }

  @Test
  void workshopNumberWithoutWsIsStillAWorkshop() {
    DocumentTags t = tag("t.txt", "IGF 2018 - Day 2 - Salle VIII - 363 Data Protection in a Connected World\n\n>> A B: x\n\n>> C D: y\n\n>> E F: z\n");
    assertEquals("workshop", t.sessionType());
    assertEquals("title.session-number", evidence(t, "sessionType").source());
  }

  @Test
  void nriSessionAtTheAnnualMeetingIsNotAnNriMeeting() {
    DocumentTags own = tag("k.txt", "Kenya IGF 2021 - Plenary Session on Affordable Access\n\n>> A B: x\n\n>> C D: y\n\n>> E F: z\n");
    assertEquals("nri_meeting", own.meeting());
    assertEquals("Kenya IGF", own.nri());
    assertEquals("African Group", own.nriRegion());
    assertEquals("national", own.nriKind());
    DocumentTags annual = tag("a.txt", "IGF 2023 - Day 2 - NRIs Collaborative Session: EuroDIG, APrIGF and African IGF on Cybersecurity\n\n>> A B: x\n\n>> C D: y\n\n>> E F: z\n");
    assertEquals("annual_meeting", annual.meeting());
    assertEquals("nri_session", annual.sessionType());
    assertNull(annual.nri(), "several NRIs: none is the document's NRI");
  }

  @Test
  void statedTrackGivesTrackAndThemeThroughTheCrosswalk() {
    DocumentTags t = tag("r.txt", Fixtures.text(Fixtures.REPORTS.get(0)));
    assertEquals(2020, t.year());
    assertEquals("session_report", t.docKind());
    assertEquals(List.of("Data"), t.tracks());
    assertEquals(List.of("data"), t.themes());
    assertEquals("text.stated-track", evidence(t, "track").source());
    assertEquals("crosswalk.track", evidence(t, "theme").source());
  }

  @Test
  void sidecarWinsAndIsMarkedAsAnOverride() {
    Sidecar sc = new Sidecar("My title", 2015, null, "open_forum", null, List.of("Internet Economy"), null, null, null, null, null);
    DocumentTags t = tag("r.txt", Fixtures.text(Fixtures.REPORTS.get(0)), Optional.of(sc));
    assertEquals(2015, t.year());
    assertEquals("open_forum", t.sessionType());
    assertEquals("My title", t.title());
    assertEquals(List.of("Internet Economy"), t.tracks());
    assertEquals(List.of("digital_economy"), t.themes(), "themes follow the overridden track");
    assertTrue(evidence(t, "year").isOverride());
    assertTrue(evidence(t, "sessionType").isOverride());
    assertEquals(1, t.evidence().stream().filter(e -> e.field().equals("year")).count(), "no automatic year evidence left");
    assertEquals("session_report", t.docKind(), "fields the sidecar does not set stay automatic");
  }

  @Test
  void undecidableTagsAreAbsent() {
    DocumentTags t = tag("notes.txt", "Notes\n\nWe talked about many things and agreed to meet again.");
    assertNull(t.year());
    assertNull(t.sessionType());
    assertNull(t.meeting());
    assertNull(t.nri());
  }

  private static DocumentTags tagAt(String source, String title, String text) {
    return TAGGER.tag(new TagInput(Path.of("corpus", "page.html"), title, text, new DocumentStructurer().structure(text).form(),
        Optional.of(Sidecar.ofSource(source))));
  }

  @Test
  void pageTitledByTheCaptioningNoticeTakesItsSessionFromTheSourceAddress() {
    String notice = "The following are the outputs of the captioning taken during an IGF intervention. Although it is largely "
        + "accurate, in some cases it may be incomplete or inaccurate due to inaudible passages or transcription errors.";
    DocumentTags t = tagAt("https://www.intgovforum.org/en/content/igf-2023-%E2%80%93-day-2-%E2%80%93-ws-%23311-river-data-commons-%E2%80%93-raw",
        notice, notice + "\n\n>>TALIA OKONJO-REYES: Good morning, everyone.\n");
    assertEquals("transcript", t.docKind());
    assertEquals(2023, t.year());
    assertEquals("workshop", t.sessionType());
    assertEquals("annual_meeting", t.meeting());
    assertFalse(t.title().startsWith("The following"), t.title());
    assertEquals("source.slug", evidence(t, "title").source());
    assertTrue(t.evidence().stream().anyMatch(e -> e.field().equals("year") && e.source().equals("source.igf-year")), t.evidence().toString());
  }

  @Test
  void pageTitledSessionUsesItsAddressAndOrganiserList() {
    String text = "Session\nOrganizer 1: Civil Society, African Group\nOrganizer 2: Private Sector, Asia-Pacific Group\n"
        + "Speaker 1: Imani Kagwe-Rossi, Civil Society, African Group\n";
    DocumentTags t = tagAt("https://www.intgovforum.org/en/content/igf-2025-ws-477-lantern-networks-for-river-towns", "Session", text);
    assertEquals(2025, t.year());
    assertEquals("workshop", t.sessionType());
    assertEquals("annual_meeting", t.meeting());
    assertTrue(t.title().toLowerCase(java.util.Locale.ROOT).contains("lantern networks for river towns"), t.title());
  }

  @Test
  void aYearTheTextLooksTowardsIsNotTheDocumentsYear() {
    String text = """
        Connecting Every Library

        The coalition reviewed its plan online. By 2024 every public library should offer free access.
        """;
    assertNull(tag("library.txt", text).year(), "'By 2024' looks ahead; the document names no year of its own");
    assertEquals(2024, tag("library.txt", text.replace("By 2024", "In 2024")).year());
  }

  @Test
  void noYearIsLaterThanTheLastKnownMeetingUnlessTheDocumentIsDatedSo() {
    assertNull(tag("plan.txt", "Roadmap\n\nThe 2033 review will look back, as the 2030 Agenda asks.").year());
    assertEquals(2031, tag("minutes.txt", "Coalition minutes\n\nMeeting held on 14 March 2031 online.").year());
  }

  @Test
  void dcPageBetweenMeetingsIsIntersessionalAndItsSessionAtTheMeetingIsAnnual() {
    DocumentTags page = tagAt("https://www.intgovforum.org/en/content/dc-river-data-introduction", "DC-RD: Introduction",
        "DC-RD: Introduction\nThe Dynamic Coalition on River Data brings together hydrologists and network engineers.");
    assertEquals("intersessional", page.meeting());
    assertEquals("dynamic_coalition", page.sessionType());
    DocumentTags session = tagAt("https://www.intgovforum.org/en/content/igf-2022-day-3-dc-rd-rivers-and-routers",
        "IGF 2022 Day 3 DC-RD Rivers and Routers", "IGF 2022 Day 3 DC-RD Rivers and Routers\n\n>> MARA LINDQVIST-OBI: Welcome.\n");
    assertEquals("annual_meeting", session.meeting());
    assertEquals("dynamic_coalition", session.sessionType());
  }

  @Test
  void dayZeroEventIsAPreEventButDayZeroHighLevelSessionIsHighLevel() {
    assertEquals("pre_event", tag("a.txt", "Day 0 Event #118 Youth Voices on Rivers\n\nSummary").sessionType());
    assertEquals("high_level", tag("b.txt", "IGF 2024 - Day 0 - Plenary - High Level Session 4 Rivers Online\n\nText").sessionType());
    assertEquals("pre_event", tag("c.txt", "IGF 2023 – Day 0 – Global Youth Summit: Rivers – RAW\n\nText").sessionType());
  }

  @Test
  void magVirtualMeetingAndOpenConsultationsAreTheirOwnMeetings() {
    assertEquals("mag_meeting", tag("m.txt", "IGF 2021 - MAG - Virtual Meeting - VII\n\n>> CHAIR: Welcome.").meeting());
    assertEquals("open_consultation", tag("o.txt", "February 19 - IGF Consultations and MAG Meeting\n\n>>PETRA VOLKOVA-SAND: Good morning.").meeting());
  }

  @Test
  void theCaptioningNoticeIsNotReadAsTheSessionsHeaderEvenAcrossLines() {
    String text = "3 September, morning\n\nThe following is the output of the real-time captioning taken during the\n"
        + "Open Consultations of the IGF. Although it is largely accurate, in some cases it may be incomplete.\n\n"
        + ">> CHAIR: Good morning.\n";
    DocumentTags t = tag("oc.txt", text);
    assertNull(t.sessionType(), "the notice's words describe the captioning: " + t.evidence());
    assertEquals("open_consultation", t.meeting(), "the meeting still comes from the notice");
  }
}
