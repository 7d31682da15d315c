package org.igfatlas.tag;

import org.igfatlas.schema.Taxonomy;
import org.igfatlas.schema.Nris;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.igfatlas.corpus.Sidecar;

/**
 * Tags a document by year, meeting, session type, official track, canonical theme, document kind and NRI, using
 * the title line, file path, sidecar source URL, captioning disclaimer, headers and content. Every tag carries
 * its evidence; a sidecar value always wins and is marked as an override ({@link Evidence#SIDECAR}).
 * Thread-safe once built; build one per indexing run.
 */
public final class Tagger {
  private static final Set<String> SESSION_DOCS = Set.of("transcript", "session_report");
  /** Document kinds that compile a whole meeting's outputs, and so have no session type. */
  private static final Set<String> MEETING_OUTPUTS = Set.of("messages", "summary", "key_takeaways",
      "policy_recommendations", "voluntary_commitments", "wsis_report", "press_release");

  private final Taxonomy taxonomy = Taxonomy.get();
  private final YearTagger years = new YearTagger(taxonomy);
  private final SessionTypeTagger sessionTypes = new SessionTypeTagger(taxonomy);
  private final DocKindTagger docKinds = new DocKindTagger(taxonomy);
  private final MeetingTagger meetings = new MeetingTagger(taxonomy);
  private final NriTagger nris = new NriTagger(taxonomy);
  private final TrackThemeTagger tracks = new TrackThemeTagger(taxonomy);

  public DocumentTags tag(TagInput in) {
    List<Evidence> auto = new ArrayList<>();
    Sidecar sc = in.sidecar().orElse(null);
    TagContext c = new TagContext(in);
    String title = c.title;

    Integer year = years.tag(c, auto);
    Optional<Nris.Match> nri = nris.tag(c, auto);
    Evidence st = sessionTypes.tag(c);
    String sessionType = value(st, auto);
    Evidence dk = docKinds.tag(c, nri.isPresent());
    String docKind = value(dk, auto);
    if (st != null && docKind != null && MEETING_OUTPUTS.contains(docKind)) { // compilations are not sessions
      auto.remove(st);
      sessionType = null;
    }

    // overrides that later taggers depend on
    List<Evidence> evidence = new ArrayList<>();
    if (sc != null && sc.year() != null) {
      override("year", sc.year().toString(), evidence);
      year = sc.year();
    }
    if (sc != null && sc.sessionType() != null) sessionType = override("sessionType", sc.sessionType(), evidence);
    if (sc != null && sc.docKind() != null) docKind = override("docKind", sc.docKind(), evidence);

    String meeting = value(meetings.tag(c, sessionType, docKind, nri.isPresent()), auto);
    if (sc != null && sc.meeting() != null) meeting = override("meeting", sc.meeting(), evidence);

    boolean annualSession = "annual_meeting".equals(meeting) && docKind != null && SESSION_DOCS.contains(docKind);
    TrackThemeTagger.Result tt = tracks.tag(c, year, annualSession, auto);
    List<String> trackList = tt.tracks();
    List<String> themeList = tt.themes();
    if (sc != null && sc.tracks() != null) {
      trackList = sc.tracks();
      trackList.forEach(t -> override("track", t, evidence));
    }
    if (sc != null && sc.themes() != null) {
      themeList = sc.themes();
      themeList.forEach(t -> override("theme", t, evidence));
    } else if (sc != null && sc.tracks() != null && year != null) {
      List<String> fromTracks = new ArrayList<>();
      for (String t : trackList) {
        for (String th : taxonomy.themesOfTrack(year, t)) {
          if (!fromTracks.contains(th)) {
            fromTracks.add(th);
            evidence.add(new Evidence("theme", th, "crosswalk.track", t, 1));
          }
        }
      }
      themeList = fromTracks;
    }

    String nriName = nri.map(m -> m.nri().name()).orElse(null);
    String nriRegion = nri.map(m -> m.nri().region()).orElse(null);
    String nriKind = nri.map(m -> m.nri().kind()).orElse(null);
    if (sc != null && sc.nri() != null) {
      nriName = override("nri", sc.nri(), evidence);
      Optional<Nris.Match> named = taxonomy.nris().find(sc.nri());
      nriRegion = named.map(m -> m.nri().region()).orElse(null);
      nriKind = named.map(m -> m.nri().kind()).orElse(null);
    }
    if (sc != null && sc.title() != null) {
      title = override("title", sc.title(), evidence);
    } else {
      evidence.add(new Evidence("title", title, c.titleRule, c.titleRule.equals("source.slug") ? c.sourceUrl : title, 1));
    }
    String source = sc != null && sc.source() != null ? sc.source() : null;

    // automatic evidence only for the fields the sidecar did not set
    Set<String> overridden = new java.util.HashSet<>();
    evidence.stream().filter(Evidence::isOverride).forEach(e -> overridden.add(e.field()));
    if (overridden.contains("track")) overridden.add("theme");
    for (Evidence e : auto) if (!overridden.contains(e.field())) evidence.add(e);
    return new DocumentTags(title, year, meeting, sessionType, docKind, trackList, themeList, nriName, nriRegion,
        nriKind, source, evidence);
  }

  private static String value(Evidence e, List<Evidence> out) {
    if (e == null) return null;
    out.add(e);
    return e.value();
  }

  private static String override(String field, String value, List<Evidence> out) {
    if (value == null || value.isBlank()) return null;
    out.add(new Evidence(field, value, Evidence.SIDECAR, value, 1));
    return value;
  }
}
