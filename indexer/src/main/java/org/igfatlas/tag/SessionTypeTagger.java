package org.igfatlas.tag;

import org.igfatlas.schema.Taxonomy;
import org.igfatlas.schema.Nris;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session type, from the patterns of {@code session-types.json}: first a Day 0 / pre-event marker anywhere in
 * the title or source address (the session name drops "Day 0" as a prefix, yet it decides the type); then the
 * patterns in data order on the session name, the whole title, the title the document declares and the session
 * name in its source address; a session name that starts with a bare number ("363 Data Governance ...") is a
 * workshop, as only workshops are numbered without a prefix; a session that names an NRI ("APrIGF Open Session")
 * is an NRI session; last, for the record of a session, the patterns on the first lines of the text ("A Workshop
 * on Openness in Bali"). Documents without any get none.
 */
final class SessionTypeTagger implements FieldTagger {
  private static final Pattern BARE_NUMBER = Pattern.compile("^#?(\\d{1,3})\\s*[:.\\-–]?\\s+\\p{Lu}");
  /** "Day 0 Event #82", "Pre-event #16": the event kind itself, whatever the session is about. */
  private static final Pattern PRE_EVENT = Pattern.compile("(?i)\\bday\\s*(?:0+|zero)\\s*[-–]?\\s*event\\b|\\bpre-?events?\\b");
  /** "Day 0" or "Day 00" alone: a pre-event unless the session name says what kind of session it is. */
  private static final Pattern DAY_ZERO = Pattern.compile("(?i)\\bday\\s*(?:0+|zero)\\b");
  private static final int HEADER = 400;
  private final Taxonomy taxonomy;

  SessionTypeTagger(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  @Override
  public String field() {
    return "sessionType";
  }

  @Override
  public void tag(TagContext c, TagState s) {
    s.sessionTypeEvidence = tag(c);
    s.sessionType = s.automatic(s.sessionTypeEvidence);
  }

  Evidence tag(TagContext c) {
    boolean dayZero = false;
    for (String s : List.of(c.title, c.declaredTitle, c.slug.words())) {
      Matcher m = PRE_EVENT.matcher(s);
      if (m.find()) return new Evidence("sessionType", "pre_event", "title.pre_event", m.group(), 1);
      dayZero |= DAY_ZERO.matcher(s).find();
    }
    Evidence e = KindTagger.firstMatch(taxonomy.sessionTypes(), false, c.sessionName, "sessionType", "title");
    if (e != null && dayZero && taxonomy.topical(e.value())) return new Evidence("sessionType", "pre_event", "title.day-zero", c.title, 1);
    if (e != null) return e;
    if (!c.sessionName.equals(c.title)) {
      Matcher m = BARE_NUMBER.matcher(c.sessionName);
      if (m.find()) return new Evidence("sessionType", "workshop", "title.session-number", m.group(1), 0.9);
      e = KindTagger.firstMatch(taxonomy.sessionTypes(), false, c.title, "sessionType", "title");
      if (e != null) return e;
    }
    if (!c.declaredTitle.equals(c.title)) {
      e = KindTagger.firstMatch(taxonomy.sessionTypes(), false, c.declaredTitle, "sessionType", "declared-title");
      if (e != null) return e;
    }
    e = KindTagger.firstMatch(taxonomy.sessionTypes(), false, c.slug.words(), "sessionType", "source");
    if (e != null) return e;
    List<Nris.Match> nris = taxonomy.nris().findAll(c.title);
    boolean atAnnualMeeting = c.annualMarker != null && (c.annualMarker != TagContext.AnnualMarker.HEADER || c.sessionRecord);
    if (!nris.isEmpty() && atAnnualMeeting) {
      return new Evidence("sessionType", "nri_session", "title.nri-name", nris.get(0).matched(), 0.8);
    }
    if (c.sessionRecord || c.transcript) {
      e = KindTagger.firstMatch(taxonomy.sessionTypes(), false, headerWithoutNotice(c), "sessionType", "header");
      if (e != null) return new Evidence(e.field(), e.value(), e.source(), e.matched(), 0.6);
    }
    return null;
  }

  /**
   * The first lines of the text without the captioning notice, whose words ("the Open Consultations", "an IGF
   * intervention") describe the captioning, not the session. The notice is found whitespace-collapsed, as
   * {@link TagContext#disclaimer} holds it, and cut from its start to its end (or the header's end).
   */
  private static String headerWithoutNotice(TagContext c) {
    String header = c.opening.substring(0, Math.min(HEADER, c.opening.length())).replaceAll("\\s+", " ");
    if (c.disclaimer == null) return header;
    int at = header.indexOf(c.disclaimer.substring(0, Math.min(40, c.disclaimer.length())));
    if (at < 0) return header;
    return header.substring(0, at) + " " + header.substring(Math.min(header.length(), at + c.disclaimer.length()));
  }
}
