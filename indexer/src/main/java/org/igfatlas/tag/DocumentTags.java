package org.igfatlas.tag;

import java.util.List;

/** The tags of one document and the evidence for each. Absent means "could not be decided". */
public record DocumentTags(String title, Integer year, String meeting, String sessionType, String docKind,
                           List<String> tracks, List<String> themes, String nri, String source,
                           List<Evidence> evidence) {
  public DocumentTags {
    tracks = tracks == null ? List.of() : List.copyOf(tracks);
    themes = themes == null ? List.of() : List.copyOf(themes);
    evidence = List.copyOf(evidence);
  }
}
