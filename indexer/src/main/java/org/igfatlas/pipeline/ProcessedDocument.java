package org.igfatlas.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.igfatlas.corpus.Sidecar;
import org.igfatlas.extract.Extracted;
import org.igfatlas.nlp.Enrichment;
import org.igfatlas.structure.StructuredDocument;
import org.igfatlas.tag.DocumentTags;

/** A document on its way through the {@link DocumentPipeline}: the source, then what each stage added. */
public final class ProcessedDocument {
  private final Path file;
  private final String contentHash;
  private final Optional<Sidecar> sidecar;
  private final Set<Part> parts = EnumSet.of(Part.SOURCE);
  private final List<String> warnings = new ArrayList<>();
  private Extracted extracted;
  private StructuredDocument structure;
  private DocumentTags tags;
  private Enrichment enrichment;

  /**
   * @param contentHash the file's SHA-256, the key of the annotation cache (null: not cached)
   * @param sidecar     the metadata that overrides the taggers (the file's sidecar, or labels under evaluation)
   */
  public ProcessedDocument(Path file, String contentHash, Optional<Sidecar> sidecar) {
    this.file = file;
    this.contentHash = contentHash;
    this.sidecar = sidecar;
  }

  public Path file() {
    return file;
  }

  public String contentHash() {
    return contentHash;
  }

  public Optional<Sidecar> sidecar() {
    return sidecar;
  }

  /** Warnings of every stage (extraction limits, a cut structure), in order. */
  public List<String> warnings() {
    return warnings;
  }

  public Extracted extracted() {
    return require(Part.TEXT, extracted);
  }

  public StructuredDocument structure() {
    return require(Part.PASSAGES, structure);
  }

  public DocumentTags tags() {
    return require(Part.TAGS, tags);
  }

  public Enrichment enrichment() {
    return require(Part.ANALYSIS, enrichment);
  }

  public boolean has(Part part) {
    return parts.contains(part);
  }

  void extracted(Extracted e) {
    extracted = e;
    warnings.addAll(e.warnings());
    parts.add(Part.TEXT);
  }

  void structure(StructuredDocument s) {
    structure = s;
    parts.add(Part.PASSAGES);
  }

  void tags(DocumentTags t) {
    tags = t;
    parts.add(Part.TAGS);
  }

  void enrichment(Enrichment e) {
    enrichment = e;
    parts.add(Part.ANALYSIS);
  }

  private <T> T require(Part part, T value) {
    if (!parts.contains(part)) throw new IllegalStateException(part + " has not been added by this pipeline");
    return value;
  }
}
