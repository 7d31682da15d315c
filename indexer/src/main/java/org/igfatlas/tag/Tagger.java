package org.igfatlas.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.igfatlas.corpus.Sidecar;

/**
 * Tags a document. Sidecar values always win and are marked as overrides; otherwise the title is the first
 * meaningful line (or the file's declared title), and the year is read from an "IGF 2019"-style mention in the
 * title, then in the opening of the text. The full rule set for meeting, session type, track, theme, document
 * kind and NRI grows here (issue #3).
 */
public final class Tagger {
  private static final Pattern IGF_YEAR = Pattern.compile("\\bIGF\\s*[-–]?\\s*((?:19|20)\\d\\d)\\b");
  private static final int OPENING_CHARS = 3000;

  public DocumentTags tag(TagInput in) {
    List<Evidence> evidence = new ArrayList<>();
    Sidecar sc = in.sidecar().orElse(null);

    String title = sc != null && sc.title() != null ? sc.title() : null;
    if (title != null) {
      evidence.add(new Evidence("title", title, Evidence.SIDECAR, title, 1));
    } else {
      title = titleOf(in);
      evidence.add(new Evidence("title", title, in.declaredTitle() != null ? "file.metadata" : "text.first-line", title, 1));
    }

    Integer year = sc != null ? sc.year() : null;
    if (year != null) {
      evidence.add(new Evidence("year", year.toString(), Evidence.SIDECAR, year.toString(), 1));
    } else {
      year = igfYear(title, "title.igf-year", evidence);
      if (year == null) {
        String opening = in.text().length() > OPENING_CHARS ? in.text().substring(0, OPENING_CHARS) : in.text();
        year = igfYear(opening, "text.igf-year", evidence);
      }
    }

    String meeting = override(sc == null ? null : sc.meeting(), "meeting", evidence);
    String sessionType = override(sc == null ? null : sc.sessionType(), "sessionType", evidence);
    String docKind = override(sc == null ? null : sc.docKind(), "docKind", evidence);
    String nri = override(sc == null ? null : sc.nri(), "nri", evidence);
    List<String> tracks = sc != null && sc.tracks() != null ? sc.tracks() : List.of();
    tracks.forEach(t -> evidence.add(new Evidence("track", t, Evidence.SIDECAR, t, 1)));
    List<String> themes = sc != null && sc.themes() != null ? sc.themes() : List.of();
    themes.forEach(t -> evidence.add(new Evidence("theme", t, Evidence.SIDECAR, t, 1)));
    String source = sc != null && sc.source() != null ? sc.source() : null;
    return new DocumentTags(title, year, meeting, sessionType, docKind, tracks, themes, nri, source, evidence);
  }

  private static String override(String value, String field, List<Evidence> evidence) {
    if (value == null || value.isBlank()) return null;
    evidence.add(new Evidence(field, value, Evidence.SIDECAR, value, 1));
    return value;
  }

  private static Integer igfYear(String s, String rule, List<Evidence> evidence) {
    if (s == null) return null;
    Matcher m = IGF_YEAR.matcher(s);
    if (!m.find()) return null;
    int y = Integer.parseInt(m.group(1));
    if (y < 2006 || y > 2100) return null;
    evidence.add(new Evidence("year", Integer.toString(y), rule, m.group(), 1));
    return y;
  }

  /** The declared title, else the first line with letters (markup stripped, at most 200 characters). */
  static String titleOf(TagInput in) {
    if (in.declaredTitle() != null && !in.declaredTitle().isBlank()
        && !in.declaredTitle().toLowerCase(Locale.ROOT).startsWith("microsoft word")) {
      return in.declaredTitle().strip();
    }
    for (String line : in.text().split("\n", 50)) {
      String t = line.replaceFirst("^\\s*#+\\s+", "").replace("**", "").replaceAll("\\s+", " ").strip();
      if (t.chars().filter(Character::isLetter).count() >= 3) return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
    return in.path().getFileName().toString();
  }
}
