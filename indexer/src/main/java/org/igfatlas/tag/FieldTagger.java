package org.igfatlas.tag;

/**
 * One facet's tagger. Every tagger has this one contract: it reads the document ({@link TagContext}) and the fields
 * set before it ({@link TagState}), and sets its own {@link #field()} with evidence. {@link Tagger} runs them in a
 * declared order and applies the sidecar's overrides after each ({@link SidecarOverrides}).
 */
interface FieldTagger {
  /** The field it sets: year, nri, sessionType, docKind, meeting, track (with theme). */
  String field();

  void tag(TagContext c, TagState s);
}
