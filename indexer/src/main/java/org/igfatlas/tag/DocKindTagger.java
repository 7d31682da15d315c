package org.igfatlas.tag;

import org.igfatlas.schema.Taxonomy;

import java.util.regex.Pattern;

/**
 * The document kind: a transcript by its speaker turns or captioning disclaimer, or by a transcript address
 * ({@code …/transcripts/…}, {@code …-raw}); an NRI's own report when the
 * title names an NRI and a report; otherwise the title patterns of {@code doc-kinds.json}, then their opening
 * patterns (header lines such as "Session Type:", "Summary of key discussion points").
 */
final class DocKindTagger implements FieldTagger {
  /** Addresses of transcripts: "/transcripts/…", "transcripts2010", "/transcript/655", "…-raw", "Transcript:_…". */
  private static final Pattern TRANSCRIPT_ADDRESS = Pattern.compile(
      "(?:/|[-_])transcripts?(?:20\\d\\d)?(?:/|[-_:])|[-_](?:–[-_])?raw(?:[-_]\\d)?$");
  private static final Pattern TRANSCRIPT_TITLE = Pattern.compile("(?i)^(?:full (?:session )?)?transcript(?:ion)? of\\b|\\b(?:raw|verbatim) transcript\\b");
  private static final Pattern NRI_REPORT = Pattern.compile("(?i)\\b(report|summary|outcomes?|messages|synthesis|proceedings)\\b");
  static final int OPENING = 5000;
  private final Taxonomy taxonomy;

  DocKindTagger(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  @Override
  public String field() {
    return "docKind";
  }

  /** Document kinds that compile a whole meeting's outputs, and so have no session type. */
  static final java.util.Set<String> MEETING_OUTPUTS = java.util.Set.of("messages", "summary", "key_takeaways",
      "policy_recommendations", "voluntary_commitments", "wsis_report", "press_release");

  /** Sets the kind; a compilation of a meeting's outputs is no session, so an automatic session type is withdrawn. */
  @Override
  public void tag(TagContext c, TagState s) {
    s.docKind = s.automatic(tag(c, s.nri.isPresent()));
    if (s.sessionTypeEvidence != null && s.docKind != null && MEETING_OUTPUTS.contains(s.docKind)
        && !s.overridden.contains("sessionType")) {
      s.auto.remove(s.sessionTypeEvidence);
      s.sessionType = null;
    }
  }

  Evidence tag(TagContext c, boolean hasNri) {
    if (c.disclaimer != null) return new Evidence("docKind", "transcript", "disclaimer.captioning", c.disclaimer, 1);
    if (c.transcript) return new Evidence("docKind", "transcript", "structure.speaker-turns", ">> NAME: turns", 1);
    if (TRANSCRIPT_TITLE.matcher(c.title).find()) return new Evidence("docKind", "transcript", "title.transcript", c.title, 1);
    var address = TRANSCRIPT_ADDRESS.matcher(c.slug.address());
    if (address.find()) return new Evidence("docKind", "transcript", "source.transcript", c.sourceUrl, 0.9);
    if (hasNri) {
      var m = NRI_REPORT.matcher(c.title);
      if (m.find()) return new Evidence("docKind", "nri_report", "title.nri-report", m.group(), 1);
    }
    Evidence e = KindTagger.firstMatch(taxonomy.docKinds(), false, c.title, "docKind", "title");
    if (e != null) return e;
    String opening = c.text.length() > OPENING ? c.text.substring(0, OPENING) : c.text;
    return KindTagger.firstMatch(taxonomy.docKinds(), true, opening, "docKind", "opening");
  }
}
