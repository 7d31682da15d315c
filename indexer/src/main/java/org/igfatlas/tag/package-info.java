/**
 * Stage 3: a document's tags, each with its {@link org.igfatlas.tag.Evidence}. {@link org.igfatlas.tag.Tagger} runs
 * one {@code FieldTagger} per facet (year, NRI, session type, document kind, meeting, tracks and themes), all with
 * one contract: read a {@code TagContext} (title, text, form, sidecar, source URL through
 * {@link org.igfatlas.tag.SourceSlug}) and the fields set before, set their own. After each, {@code SidecarOverrides}
 * puts the sidecar's value in its place (the one place a sidecar wins). Vocabularies come from
 * {@link org.igfatlas.schema.Taxonomy} (data files of the {@code schema} module); {@link org.igfatlas.tag.TaggingEvaluation}
 * measures the taggers against labelled files ({@code igf eval tagging}).
 */
package org.igfatlas.tag;
