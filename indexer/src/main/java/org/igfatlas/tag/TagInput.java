package org.igfatlas.tag;

import java.nio.file.Path;
import java.util.Optional;
import org.igfatlas.corpus.Sidecar;

/**
 * Everything a tagger may look at: the file's path, its declared title (file metadata), its text and its
 * curator-given sidecar.
 */
public record TagInput(Path path, String declaredTitle, String text, Optional<Sidecar> sidecar) {}
