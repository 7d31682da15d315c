package org.igfatlas.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.igfatlas.corpus.Sidecar;
import org.igfatlas.schema.Nris;
import org.igfatlas.schema.Taxonomy;

/**
 * The one place where a sidecar's values replace the taggers': after the tagger of a field has run, its value is
 * replaced by the sidecar's (evidence {@link Evidence#SIDECAR}), so that the taggers after it read the sidecar's
 * value; themes follow a sidecar's tracks through the year's crosswalk unless the sidecar names themes too.
 */
final class SidecarOverrides {
  private final Taxonomy taxonomy;

  SidecarOverrides(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  void apply(String field, Sidecar sc, TagState s) {
    if (sc == null) return;
    switch (field) {
      case "year" -> {
        if (sc.year() != null) {
          override(s, "year", sc.year().toString());
          s.year = sc.year();
        }
      }
      case "sessionType" -> {
        if (sc.sessionType() != null) s.sessionType = override(s, "sessionType", sc.sessionType());
      }
      case "docKind" -> {
        if (sc.docKind() != null) s.docKind = override(s, "docKind", sc.docKind());
      }
      case "meeting" -> {
        if (sc.meeting() != null) s.meeting = override(s, "meeting", sc.meeting());
      }
      case "track" -> tracks(sc, s);
      case "nri" -> {
        if (sc.nri() != null) {
          s.nriName = override(s, "nri", sc.nri());
          Optional<Nris.Match> named = taxonomy.nris().find(sc.nri());
          s.nriRegion = named.map(m -> m.nri().region()).orElse(null);
          s.nriKind = named.map(m -> m.nri().kind()).orElse(null);
        }
      }
      default -> throw new IllegalArgumentException("no sidecar override for field " + field);
    }
  }

  private void tracks(Sidecar sc, TagState s) {
    if (sc.tracks() != null) {
      s.tracks = sc.tracks();
      s.tracks.forEach(t -> override(s, "track", t));
      if (s.overridden.contains("track")) s.overridden.add("theme"); // the tracks' themes replace the automatic ones
    }
    if (sc.themes() != null) {
      s.themes = sc.themes();
      s.themes.forEach(t -> override(s, "theme", t));
    } else if (sc.tracks() != null && s.year != null) {
      List<String> fromTracks = new ArrayList<>();
      for (String t : s.tracks) {
        for (String th : taxonomy.themesOfTrack(s.year, t)) {
          if (!fromTracks.contains(th)) {
            fromTracks.add(th);
            s.evidence.add(new Evidence("theme", th, "crosswalk.track", t, 1));
          }
        }
      }
      s.themes = fromTracks;
    }
  }

  /** Records a sidecar value as an override and returns it (null for a blank value, which overrides nothing). */
  static String override(TagState s, String field, String value) {
    if (value == null || value.isBlank()) return null;
    s.evidence.add(new Evidence(field, value, Evidence.SIDECAR, value, 1));
    s.overridden.add(field);
    return value;
  }
}
