package org.igfatlas.pipeline;

/** What a {@link Stage} reads from and adds to a {@link ProcessedDocument}. */
public enum Part {
  /** The file, its content hash and its sidecar: given when a document enters the pipeline. */
  SOURCE,
  /** Extracted text, title, media type, language and warnings ({@code Extracted}). */
  TEXT,
  /** Passages: speaker turns or paragraphs, with the document's form ({@code StructuredDocument}). */
  PASSAGES,
  /** Facet tags with their evidence ({@code DocumentTags}). */
  TAGS,
  /** Language analysis per passage: entities, topics, recommendations, speaker profiles ({@code Enrichment}). */
  ANALYSIS
}
