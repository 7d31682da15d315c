package org.igfatlas.structure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A document's text cut into passages; {@link #form()} says whether it read as a transcript or a report. */
public record StructuredDocument(Form form, List<Passage> passages) {

  public enum Form { TRANSCRIPT, REPORT }

  public StructuredDocument {
    passages = List.copyOf(passages);
  }

  /** Distinct speakers in order of first appearance. */
  public Set<String> speakers() {
    Set<String> out = new LinkedHashSet<>();
    for (Passage p : passages) {
      if (p.speaker() != null) out.add(p.speaker());
    }
    return out;
  }
}
