/**
 * Stage 5 and the run: {@link org.igfatlas.index.CorpusIndexer} walks the inputs (document identity in the
 * collection, special files refused), runs extract, structure, tag and enrich on a pool of workers and writes each
 * document as one block through {@link org.igfatlas.index.AtlasIndexWriter} ({@link org.igfatlas.index.LuceneDocuments}
 * builds the entries). Field names and the schema version live in {@link org.igfatlas.schema.IndexSchema} (module
 * {@code schema}); {@link org.igfatlas.pipeline.DocumentPipeline} runs the stages and identifies what produced an entry, so
 * unchanged files are skipped.
 */
package org.igfatlas.index;
