package org.igfatlas.tag;

import java.util.List;

/**
 * The tags of one document and the evidence for each. Absent (null or empty) means "could not be decided".
 * {@code nriRegion} is a UN regional group (or {@code Inter-regional}); {@code nriKind} is national, regional
 * or youth.
 */
public record DocumentTags(String title, Integer year, String meeting, String sessionType, String docKind,
                           List<String> tracks, List<String> themes, String nri, String nriRegion, String nriKind,
                           String source, List<Evidence> evidence) {
  public DocumentTags {
    tracks = tracks == null ? List.of() : List.copyOf(tracks);
    themes = themes == null ? List.of() : List.copyOf(themes);
    evidence = List.copyOf(evidence);
  }
}
