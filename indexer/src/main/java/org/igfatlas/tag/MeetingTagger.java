package org.igfatlas.tag;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting a document comes from: MAG meetings and open consultations by their session type or title, an
 * NRI's own meeting when an NRI is named outside the annual meeting, intersessional BPF/DC/PN work outside the
 * annual meeting, the annual meeting by its disclaimer, "Day N" titles, session types and outputs, and
 * {@code other} for WSIS/CSTD inputs and press releases.
 */
final class MeetingTagger {
  private static final Set<String> ANNUAL_SESSIONS = Set.of("main_session", "workshop", "open_forum", "pre_event",
      "nri_session", "high_level", "parliamentary", "youth", "networking", "lightning_talk", "launch_award",
      "town_hall", "village_booth", "open_mic", "ceremony", "orientation");
  private static final Set<String> INTERSESSIONAL_TYPES = Set.of("best_practice_forum", "dynamic_coalition", "policy_network");
  private static final Set<String> ANNUAL_OUTPUTS = Set.of("messages", "summary", "key_takeaways",
      "policy_recommendations", "voluntary_commitments", "session_report");
  private static final Set<String> INTERSESSIONAL_OUTPUTS = Set.of("bpf_output", "dc_output", "pn_output");
  private static final Pattern DAY = Pattern.compile("(?i)\\bIGF\\s*\\d{4}\\s*[-–—]\\s*Day\\s*(\\d+|zero|0)\\b");
  private static final Pattern INTERSESSIONAL = Pattern.compile(
      "(?i)\\b(intersessional|virtual meeting|online meeting|webinar|call|meeting\\s*#?\\s*\\d+|monthly meeting)\\b");
  private static final Pattern OPEN_CONSULTATION = Pattern.compile("(?i)\\bopen consultations?\\b");
  private static final Pattern IGF_YEAR = Pattern.compile("\\bIGF\\s*\\d{4}\\b");
  private static final Pattern MAG = Pattern.compile("\\bMAG\\b|(?i:Multistakeholder Advisory Group)");

  Evidence tag(TagContext c, String sessionType, String docKind, boolean hasNri) {
    if ("open_consultation".equals(sessionType)) return ev("open_consultation", "sessionType.open_consultation", c.title);
    if ("mag_meeting".equals(sessionType)) return ev("mag_meeting", "sessionType.mag_meeting", c.title);
    Matcher oc = OPEN_CONSULTATION.matcher(c.title);
    if (oc.find()) return ev("open_consultation", "title.open-consultations", oc.group());
    if ("meeting_summary".equals(docKind)) {
      Matcher m = OPEN_CONSULTATION.matcher(c.opening);
      if (m.find()) return ev("open_consultation", "opening.open-consultations", m.group());
      m = MAG.matcher(c.opening);
      if (m.find()) return ev("mag_meeting", "opening.mag", m.group());
    }
    Matcher day = DAY.matcher(c.title);
    boolean annualMarker = c.disclaimer != null || day.find();
    if (hasNri && !annualMarker) return ev("nri_meeting", "nri.outside-annual-meeting", c.title);
    if ("wsis_report".equals(docKind) || "press_release".equals(docKind)) return ev("other", "docKind." + docKind, c.title);
    if (docKind != null && INTERSESSIONAL_OUTPUTS.contains(docKind)) return ev("intersessional", "docKind." + docKind, c.title);
    if (sessionType != null && INTERSESSIONAL_TYPES.contains(sessionType) && !annualMarker) {
      Matcher m = INTERSESSIONAL.matcher(c.title);
      if (m.find()) return ev("intersessional", "title.intersessional", m.group());
    }
    if (c.disclaimer != null) return ev("annual_meeting", "disclaimer.annual-meeting", c.disclaimer);
    if (annualMarker) return ev("annual_meeting", "title.day", c.title);
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
