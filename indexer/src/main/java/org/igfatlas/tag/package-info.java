/**
 * Stage 3: a document's tags, each with its {@link org.igfatlas.tag.Evidence}. One {@link org.igfatlas.tag.Tagger}
 * per facet (year, meeting, session type, document kind, NRI, tracks and themes) reads a
 * {@link org.igfatlas.tag.TagInput} (title, text, form, sidecar, source URL through {@link org.igfatlas.tag.SourceSlug})
 * and the vocabularies of {@link org.igfatlas.schema.Taxonomy} (data files of the {@code schema} module);
 * {@link org.igfatlas.tag.TaggingEvaluation} measures them against labelled files ({@code igf eval tagging}).
 */
package org.igfatlas.tag;
