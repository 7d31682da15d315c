package org.igfatlas.tag;

import org.igfatlas.schema.Taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Official track(s) of the year and canonical theme(s). A track stated in the document ("Thematic track:
 * Data") is taken as stated; otherwise an annual-meeting session document of a year with verified tracks is
 * compared with the year's track descriptions (BM25) and the best track kept when confident. Themes come from
 * the tracks through the crosswalk in {@code meetings.json}; without a track, the document is compared with the
 * canonical themes and the confident ones kept.
 */
final class TrackThemeTagger implements FieldTagger {
  private static final Pattern STATED = Pattern.compile(
      "(?im)^\\s*(?:thematic\\s+|main\\s+)?(?:track|theme|sub-?theme|focus area)s?\\s*[:\\-–]\\s*(.{2,160})$");
  /** Minimum share of the BM25 total for a track to be kept. */
  static final double TRACK_MIN_SHARE = 0.40;
  /** Minimum share for a theme, and its score relative to the best theme's. */
  static final double THEME_MIN_SHARE = 0.22;
  static final double THEME_RELATIVE = 0.7;
  static final int MAX_THEMES = 3;

  private final Taxonomy taxonomy;
  private final Bm25Classifier themes;
  private final Map<Integer, Bm25Classifier> tracksByYear = new HashMap<>();

  TrackThemeTagger(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    Map<String, String> themeText = new LinkedHashMap<>();
    for (Taxonomy.Theme t : taxonomy.themes()) themeText.put(t.id(), t.label() + " " + t.description());
    this.themes = new Bm25Classifier(themeText);
    for (Taxonomy.Meeting m : taxonomy.meetings()) {
      if (!m.tracksVerified() || m.tracks().isEmpty()) continue;
      Map<String, String> trackText = new LinkedHashMap<>();
      for (Taxonomy.Track t : m.tracks()) {
        StringBuilder sb = new StringBuilder(t.label()).append(' ').append(t.description());
        for (String th : t.themes()) {
          taxonomy.themes().stream().filter(x -> x.id().equals(th)).findFirst().ifPresent(x -> sb.append(' ').append(x.description()));
        }
        trackText.put(t.label(), sb.toString());
      }
      tracksByYear.put(m.year(), new Bm25Classifier(trackText));
    }
  }

  record Result(List<String> tracks, List<String> themes) {}

  @Override
  public String field() {
    return "track";
  }

  /** Documents of one session: only these carry the official track of an annual meeting's session. */
  private static final java.util.Set<String> SESSION_DOCS = java.util.Set.of("transcript", "session_report");

  /** Tracks and themes (field "track"; a sidecar's tracks or themes replace both). */
  @Override
  public void tag(TagContext c, TagState s) {
    boolean annualSession = "annual_meeting".equals(s.meeting) && s.docKind != null && SESSION_DOCS.contains(s.docKind);
    Result r = tag(c, s.year, annualSession, s.auto);
    s.tracks = r.tracks();
    s.themes = r.themes();
  }

  Result tag(TagContext c, Integer year, boolean annualSession, List<Evidence> out) {
    List<String> tracks = new ArrayList<>();
    if (year != null) {
      Taxonomy.Meeting meeting = taxonomy.meeting(year).orElse(null);
      if (meeting != null) {
        Matcher m = STATED.matcher(c.opening);
        while (m.find() && tracks.isEmpty()) {
          for (Taxonomy.Track t : meeting.tracks()) {
            if (sameLabel(m.group(1), t.label())) {
              tracks.add(t.label());
              out.add(new Evidence("track", t.label(), "text.stated-track", m.group().strip(), 1));
            }
          }
        }
        Bm25Classifier classifier = tracksByYear.get(year);
        if (tracks.isEmpty() && annualSession && classifier != null) {
          List<Bm25Classifier.Scored> scored = classifier.classify(c.text);
          if (!scored.isEmpty() && scored.get(0).share() >= TRACK_MIN_SHARE) {
            tracks.add(scored.get(0).label());
            out.add(new Evidence("track", scored.get(0).label(), "classifier.bm25-track-descriptions",
                "share " + YearTagger.round(scored.get(0).share()) + " of " + scored.size() + " tracks", YearTagger.round(scored.get(0).share())));
          }
        }
      }
    }
    Set<String> themeIds = new LinkedHashSet<>();
    for (String t : tracks) {
      for (String th : taxonomy.themesOfTrack(year, t)) {
        if (themeIds.add(th)) out.add(new Evidence("theme", th, "crosswalk.track", t, 1));
      }
    }
    if (themeIds.isEmpty()) {
      List<Bm25Classifier.Scored> scored = themes.classify(c.text);
      if (!scored.isEmpty()) {
        double top = scored.get(0).score();
        for (Bm25Classifier.Scored s : scored) {
          if (themeIds.size() >= MAX_THEMES || s.share() < THEME_MIN_SHARE || s.score() < THEME_RELATIVE * top) break;
          themeIds.add(s.label());
          out.add(new Evidence("theme", s.label(), "classifier.bm25-theme-descriptions",
              "share " + YearTagger.round(s.share()), YearTagger.round(s.share())));
        }
      }
    }
    return new Result(tracks, List.copyOf(themeIds));
  }

  private static boolean sameLabel(String stated, String label) {
    String a = norm(stated);
    String b = norm(label);
    return a.equals(b) || a.startsWith(b) || (b.startsWith(a) && a.length() >= 4);
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
