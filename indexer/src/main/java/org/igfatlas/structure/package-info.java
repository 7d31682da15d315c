/**
 * Stage 2: a document's text cut into {@link org.igfatlas.structure.Passage passages}.
 * {@link org.igfatlas.structure.DocumentStructurer} decides between a transcript (the captioning notice of
 * {@link org.igfatlas.structure.CaptioningDisclaimer}, {@code >> NAME:} turns: {@link org.igfatlas.structure.TranscriptParser},
 * speaker labels and names in {@link org.igfatlas.structure.SpeakerLabels} and {@link org.igfatlas.structure.SpeakerNames})
 * and a report ({@link org.igfatlas.structure.ReportSplitter}: paragraphs and numbered points), and bounds the number
 * of passages of one document. Word lists are resource files read by {@link org.igfatlas.schema.Resources}.
 */
package org.igfatlas.structure;
