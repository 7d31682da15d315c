package org.igfatlas.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.igfatlas.structure.StructuredDocument;

/**
 * The signals taggers share, computed once per document: title line, the session name inside a transcript
 * title, the opening of the text, the captioning disclaimer, the file path and the sidecar's source URL.
 */
final class TagContext {
  /** Chars of text considered "the opening" (title block, disclaimer, headers). */
  static final int OPENING = 2500;
  private static final Pattern DISCLAIMER = Pattern.compile(
      "(?:real[- ]time captioning|captioning taken during)[^.]{0,200}?(?:the\\s+)?(\\w+(?:-\\w+)?)\\s+(?:Annual\\s+)?Meeting of the (?:Internet Governance Forum|IGF)[^.]{0,200}",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE_SEGMENT_SPLIT = Pattern.compile("\\s+[-–—|]\\s+");
  private static final Pattern NOISE_SEGMENT = Pattern.compile(
      "(?i)^(?:IGF\\s*\\d{4}|\\d{4}|Day\\s*(?:\\d+|zero|0)(?:\\s*[-–]\\s*\\w+)?|(?:Room|Salle|Raum|Sala|Hall|Main Hall|Plenary Hall|Convention Hall|Banquet Hall|Auditorium|Conference Room|Workshop Room|Studio|Annex|Ballroom)\\b.*|.*\\b(?:Room|Hall|Salle)\\s+[IVXLC\\d]+\\w*|[IVXLC]+|Raw|Transcript|Full Session Transcript)$");
  private static final Pattern SUPERSCRIPTS = Pattern.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰*#_]+");

  final String text;
  final String title;
  final String sessionName;
  final String opening;
  /** The captioning disclaimer sentence, or null. */
  final String disclaimer;
  /** The ordinal word the disclaimer uses ("Fourteenth"), or null. */
  final String disclaimerOrdinal;
  final String path;
  final String sourceUrl;
  final boolean transcript;

  TagContext(TagInput in, String title) {
    this.text = in.text();
    this.title = clean(title);
    this.sessionName = sessionName(this.title);
    this.opening = text.length() > OPENING ? text.substring(0, OPENING) : text;
    Matcher m = DISCLAIMER.matcher(opening);
    this.disclaimer = m.find() ? m.group().replaceAll("\\s+", " ") : null;
    this.disclaimerOrdinal = disclaimer == null ? null : m.group(1);
    this.path = in.path().toString().replace('\\', '/');
    this.sourceUrl = in.sidecar().map(s -> s.source()).orElse(null);
    this.transcript = in.form() == StructuredDocument.Form.TRANSCRIPT || disclaimer != null;
  }

  static String clean(String title) {
    return title == null ? "" : SUPERSCRIPTS.matcher(title).replaceAll(" ").replaceAll("\\s+", " ").strip();
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
