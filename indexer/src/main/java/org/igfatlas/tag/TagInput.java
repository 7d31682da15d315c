package org.igfatlas.tag;

import java.nio.file.Path;
import java.util.Optional;
import org.igfatlas.corpus.Sidecar;
import org.igfatlas.structure.StructuredDocument;

/**
 * Everything a tagger may look at: the file's path, its declared title (file metadata), its text, how the
 * structure stage read it (transcript or report) and its curator-given sidecar.
 */
public record TagInput(Path path, String declaredTitle, String text, StructuredDocument.Form form,
                       Optional<Sidecar> sidecar) {}
