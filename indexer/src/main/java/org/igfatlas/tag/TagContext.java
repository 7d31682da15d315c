package org.igfatlas.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.igfatlas.structure.CaptioningDisclaimer;
import org.igfatlas.schema.Resources;
import org.igfatlas.structure.StructuredDocument;

/**
 * The signals taggers share, computed once per document: the title (the declared or first line, unless it is
 * the captioning notice or a generic page label, then the session name of the source URL or the first meaningful
 * line), the session name inside a transcript title, the slug of the source URL, the opening of the text, the
 * captioning notice, the file path, and whether the text reads as the record of one session.
 */
final class TagContext {
  /** Chars of text considered "the opening" (title block, disclaimer, headers). */
  static final int OPENING = 2500;
  private static final Pattern ORDINAL_MEETING = Pattern.compile(
      "(?i)(?:the\\s+)?(\\w+(?:-\\w+)?)\\s+(?:Annual\\s+)?Meeting of the (?:Internet Governance Forum|IGF)");
  private static final Pattern TITLE_SEGMENT_SPLIT = Pattern.compile("\\s+[-–—|]+\\s+|\\s*\\|\\s*");
  private static final Pattern NOISE_SEGMENT = Pattern.compile(
      "(?i)^(?:IGF\\s*\\d{4}|\\d{4}|Day\\s*(?:\\d+|zero|0)(?:\\s*[-–]\\s*\\w+)?|(?:Room|Salle|Raum|Sala|Hall|Main Hall|Plenary Hall|Convention Hall|Banquet Hall|Auditorium|Conference Room|Workshop Room|Studio|Annex|Ballroom)\\b.*|.*\\b(?:Room|Hall|Salle)\\s+[IVXLC\\d]+\\w*|[IVXLC]+|Raw|Transcript|Full Session Transcript|Internet Governance Forum|IGF)$");
  private static final Pattern SUPERSCRIPTS = Pattern.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰*#_]+");
  private static final List<Pattern> GENERIC_TITLES = Resources.lines(TagContext.class, "generic-titles.txt").stream()
      .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();
  /**
   * Lines in the opening that show the text records one session: a time slot, a session page's organiser and
   * speaker lists, a report's "Session at a glance", the schedule's check-in line, a session-type header.
   */
  private static final Pattern SESSION_RECORD = Pattern.compile(
      "(?im)\\b\\d{1,2}:\\d{2}\\s*h?\\s*[-–]\\s*\\d{1,2}:\\d{2}|\\(\\d{1,2}:\\d{2} UTC\\)|^\\s*organi[sz]er \\d+\\s*:|^\\s*speaker \\d+\\s*:"
          + "|\\bsession at a glance\\b|check-in and access this session|^\\s*session type\\s*:|\\bevent report\\b"
          + "|^\\s*(?:round table|panel|break-out group discussions?|birds of a feather|debate)\\s*-\\s*\\d+\\s*min"
          + "|\\b\\d{4} - An? (?:[A-Z]\\w+ ){1,4}on\\b");

  /** The notice of a session at the annual meeting ("the Fourteenth Annual Meeting", "an IGF intervention"). */
  private static final Pattern ANNUAL_NOTICE = Pattern.compile(
      "(?i)annual meeting|IGF (?:virtual )?intervention|\\bIGF\\s*\\d{4}\\b|Internet Governance Forum \\(IGF\\) in");
  private static final Pattern NOT_ANNUAL_NOTICE = Pattern.compile("(?i)consultation|\\bMAG\\b|virtual call|teleconference");
  private static final Pattern DAY = Pattern.compile("(?i)\\bday\\s*(?:\\d{1,2}|zero)\\b");
  private static final Pattern LEADING_IGF_YEAR = Pattern.compile("(?i)^(?:IGF\\s*[-–]?\\s*\\d{4}|\\d{4}\\s+IGF)\\b");
  /** Addresses of annual-meeting sessions on the IGF's and its mirrors' sites. */
  private static final Pattern ANNUAL_ADDRESS = Pattern.compile(
      "igf[-_]?20\\d\\d[-_](?:[-_]*(?:–|%e2%80%93)?[-_]*)(?:day|ws|of|open[-_]forum|main|dc|bpf|launch|networking|town|lightning|high[-_]level"
          + "|parliamentary|youth|nris?|event|pre[-_]event|opening|closing|plenary|newcomers|leaders)"
          + "|/transcripts?20\\d\\d/|/igf[-_]20\\d\\d/transcripts/|friendsoftheigf\\.org/(?:transcript|report|session)/"
          + "|dig\\.watch/event/(?:internet-governance-forum-20\\d\\d|\\d+(?:st|nd|rd|th)-internet-governance-forum)/");
  /** A header that places the text at an annual meeting: "Sixth Annual Meeting of the IGF", "the 19th Internet Governance Forum (IGF)". */
  private static final Pattern ANNUAL_HEADER = Pattern.compile(
      "(?i)\\b\\w+ annual meeting of the (?:internet governance forum|IGF)|\\b\\d{1,2}(?:st|nd|rd|th) (?:annual )?(?:internet governance forum|IGF)\\b"
          + "|\\binternet governance forum (?:\\(IGF\\) )?20\\d\\d\\b|\\bIGF 20\\d\\d (?:held )?in\\b");

  final String text;
  /** The title the document declares (metadata or first line), cleaned. */
  final String declaredTitle;
  /** The title taggers read and the index stores: {@link #declaredTitle} unless that names nothing. */
  final String title;
  /** Where {@link #title} came from: {@code file.metadata}, {@code text.first-line}, {@code source.slug} or {@code text.heading}. */
  final String titleRule;
  final String sessionName;
  final String opening;
  /** The captioning notice's sentence, or null. */
  final String disclaimer;
  /** The ordinal word the notice uses ("Fourteenth"), or null. */
  final String disclaimerOrdinal;
  final String path;
  final String sourceUrl;
  final SourceSlug slug;
  final boolean transcript;
  /** The opening shows the record of one session (time slot, organiser list, "Session at a glance" ...). */
  final boolean sessionRecord;
  /**
   * What places a document at the annual meeting itself (not an NRI, MAG or intersessional meeting), strongest
   * first. {@link #recordsSession()}: the marker belongs to one session of the meeting, not to a page about it.
   */
  enum AnnualMarker {
    NOTICE("disclaimer.annual-meeting"), DAY("title.day"), IGF_YEAR_TITLE("title.igf-year"),
    SESSION_ADDRESS("source.annual-session"), HEADER("header.annual-meeting");

    final String rule;

    AnnualMarker(String rule) {
      this.rule = rule;
    }

    /** The captioning notice of an annual-meeting session, or a "Day N" title: no intersessional call has these. */
    boolean strong() {
      return this == NOTICE || this == DAY;
    }

    boolean recordsSession() {
      return strong() || this == SESSION_ADDRESS;
    }
  }

  /** The annual-meeting marker found, or null. */
  final AnnualMarker annualMarker;
  /** The evidence of {@link #annualMarker} (field {@code meeting}, value {@code annual_meeting}), or null. */
  final Evidence annual;

  TagContext(TagInput in) {
    this.text = in.text();
    this.opening = text.length() > OPENING ? text.substring(0, OPENING) : text;
    this.disclaimer = CaptioningDisclaimer.find(text);
    Matcher om = disclaimer == null ? null : ORDINAL_MEETING.matcher(disclaimer);
    this.disclaimerOrdinal = om != null && om.find() ? om.group(1) : null;
    this.path = in.path().toString().replace('\\', '/');
    this.sourceUrl = in.sidecar().map(s -> s.source()).orElse(null);
    this.slug = SourceSlug.of(sourceUrl);
    String declared = clean(declaredOrFirstLine(in));
    this.declaredTitle = declared;
    if (!isGeneric(declared)) {
      this.title = declared;
      this.titleRule = in.declaredTitle() != null && !in.declaredTitle().isBlank() ? "file.metadata" : "text.first-line";
    } else if (slug.words().split(" ").length >= 3) {
      this.title = clean(slug.asTitle());
      this.titleRule = "source.slug";
    } else {
      String heading = firstMeaningfulLine(text);
      this.title = heading != null ? heading : declared;
      this.titleRule = heading != null ? "text.heading" : "text.first-line";
    }
    this.sessionName = sessionName(this.title);
    this.transcript = in.form() == StructuredDocument.Form.TRANSCRIPT || disclaimer != null;
    this.sessionRecord = SESSION_RECORD.matcher(opening).find();
    Placement placed = placeAtAnnualMeeting();
    this.annualMarker = placed == null ? null : placed.marker();
    this.annual = placed == null ? null : new Evidence("meeting", "annual_meeting", placed.marker().rule, placed.matched(), 1);
  }

  private record Placement(AnnualMarker marker, String matched) {}

  private Placement placeAtAnnualMeeting() {
    if (disclaimer != null && ANNUAL_NOTICE.matcher(disclaimer).find() && !NOT_ANNUAL_NOTICE.matcher(disclaimer).find()) {
      return new Placement(AnnualMarker.NOTICE, disclaimer);
    }
    for (String t : List.of(title, declaredTitle, slug.words())) {
      if (DAY.matcher(t).find()) return new Placement(AnnualMarker.DAY, t);
      if (LEADING_IGF_YEAR.matcher(t).find()) return new Placement(AnnualMarker.IGF_YEAR_TITLE, t);
    }
    if (ANNUAL_ADDRESS.matcher(slug.address()).find()) return new Placement(AnnualMarker.SESSION_ADDRESS, sourceUrl);
    Matcher m = ANNUAL_HEADER.matcher(opening.substring(0, Math.min(700, opening.length())));
    return m.find() ? new Placement(AnnualMarker.HEADER, m.group()) : null;
  }

  /** A captioner's file mark before a title: "FINISHED - 2014 09 04 - Main Session ...", "FINISHED FILE DCAD ...". */
  private static final Pattern FINISHED = Pattern.compile("(?i)^finished(?:\\s+file)?\\b\\s*[-–]?\\s*");

  static String clean(String title) {
    if (title == null) return "";
    String t = SUPERSCRIPTS.matcher(title.replace('\u00a0', ' ')).replaceAll(" ").replaceAll("\\s+", " ").strip();
    return FINISHED.matcher(t).replaceFirst("");
  }

  /** True for a title that names no document: the captioning notice, a page label, a date, a file listing. */
  static boolean isGeneric(String title) {
    String t = clean(title);
    if (t.isEmpty() || CaptioningDisclaimer.isNotice(t)) return true;
    for (Pattern p : GENERIC_TITLES) if (p.matcher(t).matches()) return true;
    return false;
  }

  /** The declared title, else the first line with letters (markup stripped, at most 200 characters). */
  static String declaredOrFirstLine(TagInput in) {
    if (in.declaredTitle() != null && !in.declaredTitle().isBlank()
        && !in.declaredTitle().toLowerCase(Locale.ROOT).startsWith("microsoft word")) {
      return in.declaredTitle().strip();
    }
    String first = firstLine(in.text(), false);
    return first != null ? first : in.path().getFileName().toString();
  }

  /** The first line with letters that is neither generic nor the captioning notice, or null. */
  static String firstMeaningfulLine(String text) {
    return firstLine(text, true);
  }

  private static String firstLine(String text, boolean meaningful) {
    for (String line : text.split("\n", 50)) {
      String t = line.replaceFirst("^\\s*#+\\s+", "").replace("**", "").replaceAll("\\s+", " ").strip();
      if (t.chars().filter(Character::isLetter).count() < 3) continue;
      if (meaningful && (isGeneric(t) || t.length() > 250)) continue;
      return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
    return null;
  }

  /**
   * The session part of a transcript title: "IGF 2019 – Day 1 – Convention Hall II – IGF For Beginners Main
   * Session" gives "IGF For Beginners Main Session". Titles without that shape are returned whole.
   */
  static String sessionName(String title) {
    String[] parts = TITLE_SEGMENT_SPLIT.split(title);
    if (parts.length < 2) return title;
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (!NOISE_SEGMENT.matcher(p.strip()).matches()) kept.add(p.strip());
    }
    return kept.isEmpty() ? title : String.join(" - ", kept);
  }

  String lowerTitle() {
    return title.toLowerCase(Locale.ROOT);
  }
}
