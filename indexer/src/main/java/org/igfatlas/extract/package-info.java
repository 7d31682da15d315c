/**
 * Stage 1 of the pipeline: text out of any common format. {@link org.igfatlas.extract.Extractor} runs Apache Tika
 * under {@link org.igfatlas.extract.ExtractionLimits} (time, characters, memory, zip bombs via
 * {@link org.igfatlas.extract.ZipBombCheck}) and returns {@link org.igfatlas.extract.Extracted} text with line and
 * paragraph breaks kept by {@link org.igfatlas.extract.BlockTextHandler}; a file that cannot be read fails with an
 * {@link org.igfatlas.extract.ExtractionException} whose message is the reason users see.
 */
package org.igfatlas.extract;
