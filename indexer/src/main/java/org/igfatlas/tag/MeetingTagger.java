package org.igfatlas.tag;

import org.igfatlas.schema.Taxonomy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting a document comes from, in this order: open consultations and MAG meetings by their session type,
 * title, source address or captioning notice; an NRI's own meeting when an NRI is named and nothing places the
 * text at the annual meeting; WSIS/CSTD inputs and press releases ({@code other}); intersessional outputs, and
 * BPF/DC/PN pages that do not record a session of the annual meeting ({@code intersessional}); the annual meeting
 * by its own evidence ({@link TagContext#annual}: captioning notice, "Day N", "IGF YYYY" title, session address,
 * header), by an annual session type, or by an annual output.
 */
final class MeetingTagger implements FieldTagger {
  private static final Set<String> ANNUAL_SESSIONS = Set.of("main_session", "workshop", "open_forum", "pre_event",
      "nri_session", "high_level", "parliamentary", "youth", "networking", "lightning_talk", "launch_award",
      "town_hall", "village_booth", "open_mic", "ceremony", "orientation");
  private static final Set<String> INTERSESSIONAL_TYPES = Set.of("best_practice_forum", "dynamic_coalition", "policy_network");
  private static final Set<String> ANNUAL_OUTPUTS = Set.of("messages", "summary", "key_takeaways",
      "policy_recommendations", "voluntary_commitments", "session_report");
  private static final Set<String> INTERSESSIONAL_OUTPUTS = Set.of("bpf_output", "dc_output", "pn_output");
  /** Intersessional work: "Virtual Meeting #3", "Monthly Call", "Webinar 2". */
  private static final Pattern INTERSESSIONAL = Pattern.compile(
      "(?i)\\b(intersessional|virtual meeting|online meeting|webinar|(?:monthly |conference )?call|teleconference|meeting\\s*#?\\s*\\d+|monthly meeting)\\b");
  private static final Pattern IGF_YEAR = Pattern.compile("\\bIGF\\s*\\d{4}\\b");
  private static final Pattern MAG = Pattern.compile("\\bMAG\\b|(?i:Multistakeholder Advisory Group)");
  private static final Pattern MAG_MEETING = Pattern.compile(
      "(?i)\\bMAG\\b.{0,40}\\b(?:meeting|call|virtual|members|orientation|retreat)\\b|\\bMAG\\s+meeting|Multistakeholder Advisory Group\\b.{0,40}\\bmeeting");

  /** The open-consultation patterns of {@code session-types.json}: one vocabulary for the type and the meeting. */
  private final List<Pattern> openConsultation;

  MeetingTagger(Taxonomy taxonomy) {
    this.openConsultation = taxonomy.sessionTypes().stream().filter(k -> k.id().equals("open_consultation"))
        .flatMap(k -> k.title().stream()).toList();
  }

  /** The words naming open consultations in {@code s}, or null. */
  private String openConsultation(String s) {
    for (Pattern p : openConsultation) {
      Matcher m = p.matcher(s);
      if (m.find()) return m.group();
    }
    return null;
  }

  @Override
  public String field() {
    return "meeting";
  }

  @Override
  public void tag(TagContext c, TagState s) {
    s.meeting = s.automatic(tag(c, s.sessionType, s.docKind, s.nri.isPresent()));
  }

  Evidence tag(TagContext c, String sessionType, String docKind, boolean hasNri) {
    if ("open_consultation".equals(sessionType)) return ev("open_consultation", "sessionType.open_consultation", c.title);
    if ("mag_meeting".equals(sessionType)) return ev("mag_meeting", "sessionType.mag_meeting", c.title);
    for (String s : List.of(c.title, c.declaredTitle, c.slug.words(), c.disclaimer == null ? "" : c.disclaimer)) {
      String oc = openConsultation(s);
      if (oc != null) return ev("open_consultation", "title.open-consultations", oc);
    }
    for (String s : List.of(c.title, c.declaredTitle, c.slug.words())) {
      Matcher mag = MAG_MEETING.matcher(s);
      if (mag.find()) return ev("mag_meeting", "title.mag-meeting", mag.group());
    }
    if ("meeting_summary".equals(docKind)) {
      String oc = openConsultation(c.opening);
      if (oc != null) return ev("open_consultation", "opening.open-consultations", oc);
      Matcher m = MAG.matcher(c.opening);
      if (m.find()) return ev("mag_meeting", "opening.mag", m.group());
    }
    // an NRI's own name may read like an annual-meeting header ("Nigeria Internet Governance Forum 2020")
    if (hasNri && (c.annualMarker == null || c.annualMarker == TagContext.AnnualMarker.HEADER)) return ev("nri_meeting", "nri.outside-annual-meeting", c.title);
    if ("wsis_report".equals(docKind) || "press_release".equals(docKind)) return ev("other", "docKind." + docKind, c.title);
    if (docKind != null && INTERSESSIONAL_OUTPUTS.contains(docKind)) return ev("intersessional", "docKind." + docKind, c.title);
    if (sessionType != null && INTERSESSIONAL_TYPES.contains(sessionType)) {
      Matcher work = INTERSESSIONAL.matcher(c.title);
      if (work.find() && !(c.annualMarker != null && c.annualMarker.strong())) {
        return ev("intersessional", "title.intersessional", work.group());
      }
      boolean session = c.transcript || c.sessionRecord || "session_report".equals(docKind)
          || c.annualMarker != null && c.annualMarker.recordsSession();
      if (!session) return ev("intersessional", "sessionType." + sessionType + ".outside-annual-session", c.title);
    }
    if (c.annual != null) return c.annual;
    if (sessionType != null && (ANNUAL_SESSIONS.contains(sessionType) || INTERSESSIONAL_TYPES.contains(sessionType))) {
      return ev("annual_meeting", "sessionType." + sessionType, c.title);
    }
    if (docKind != null && (ANNUAL_OUTPUTS.contains(docKind) || "web_page".equals(docKind)
        || ("other".equals(docKind) && IGF_YEAR.matcher(c.title).find()))) {
      return ev("annual_meeting", "docKind." + docKind, c.title);
    }
    return null;
  }

  private static Evidence ev(String value, String rule, String matched) {
    return new Evidence("meeting", value, rule, matched, 1);
  }
}
