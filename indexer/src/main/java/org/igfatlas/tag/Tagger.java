package org.igfatlas.tag;

import org.igfatlas.schema.Taxonomy;

import java.util.ArrayList;
import java.util.List;
import org.igfatlas.corpus.Sidecar;

/**
 * Tags a document by year, meeting, session type, official track, canonical theme, document kind and NRI, using
 * the title line, file path, sidecar source URL, captioning disclaimer, headers and content. Every tag carries
 * its evidence; a sidecar value always wins and is marked as an override ({@link Evidence#SIDECAR}).
 * Thread-safe once built; build one per indexing run.
 */
public final class Tagger {
  private final Taxonomy taxonomy = Taxonomy.get();
  /**
   * The taggers in the order they run: each reads the fields before it, as the sidecar left them (the meeting
   * depends on the session type and kind, tracks on the year and meeting).
   */
  private final List<FieldTagger> taggers = List.of(new YearTagger(taxonomy), new NriTagger(taxonomy),
      new SessionTypeTagger(taxonomy), new DocKindTagger(taxonomy), new MeetingTagger(taxonomy), new TrackThemeTagger(taxonomy));
  private final SidecarOverrides overrides = new SidecarOverrides(taxonomy);

  public DocumentTags tag(TagInput in) {
    Sidecar sc = in.sidecar().orElse(null);
    TagContext c = new TagContext(in);
    TagState s = new TagState();
    for (FieldTagger t : taggers) {
      t.tag(c, s);
      overrides.apply(t.field(), sc, s);
    }
    String title = c.title;
    if (sc != null && sc.title() != null) {
      title = SidecarOverrides.override(s, "title", sc.title());
    } else {
      s.evidence.add(new Evidence("title", title, c.titleRule, c.titleRule.equals("source.slug") ? c.sourceUrl : title, 1));
    }
    String source = sc != null && sc.source() != null ? sc.source() : null;

    // automatic evidence only for the fields the sidecar did not set
    List<Evidence> evidence = new ArrayList<>(s.evidence);
    for (Evidence e : s.auto) if (!s.overridden.contains(e.field())) evidence.add(e);
    return new DocumentTags(title, s.year, s.meeting, s.sessionType, s.docKind, s.tracks, s.themes, s.nriName, s.nriRegion,
        s.nriKind, source, evidence);
  }
}
