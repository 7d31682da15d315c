package org.igfatlas.pipeline;

import java.io.IOException;
import java.util.Set;
import org.igfatlas.extract.ExtractionException;

/**
 * One step from a file to index entries, in the manner of a CoreNLP annotator: it declares the parts it reads and
 * the part it adds, and {@link DocumentPipeline} checks, when a pipeline is declared, that every stage's
 * requirements come before it.
 */
public interface Stage {
  /** Short name, used for timings ("extract", "structure", "tag", "nlp"). */
  String name();

  Set<Part> requires();

  Part adds();

  /** Reads what it requires from {@code doc} and sets what it adds; a failure fails this document only. */
  void apply(ProcessedDocument doc) throws ExtractionException, IOException;
}
