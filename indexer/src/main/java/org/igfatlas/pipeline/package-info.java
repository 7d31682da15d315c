/**
 * The one declared pipeline from a file to what is indexed: {@link org.igfatlas.pipeline.DocumentPipeline} runs a
 * list of {@link org.igfatlas.pipeline.Stage}s (extract → structure → tag → nlp, built by
 * {@link org.igfatlas.pipeline.Stages}) over a {@link org.igfatlas.pipeline.ProcessedDocument}; each stage declares
 * the {@link org.igfatlas.pipeline.Part}s it reads and adds, checked when the list is declared. Start with
 * {@code DocumentPipeline.indexing}. Indexing, {@code igf eval} and the benchmarks run these lists, never the
 * stages' classes by hand. May use every stage package; used by {@code index}, {@code nlp.AnalysedPassages},
 * {@code tag.TaggingEvaluation} and the benchmarks.
 */
package org.igfatlas.pipeline;
