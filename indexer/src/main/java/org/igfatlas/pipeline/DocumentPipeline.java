package org.igfatlas.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.igfatlas.corpus.Sidecar;
import org.igfatlas.extract.ExtractionException;
import org.igfatlas.extract.Extractor;
import org.igfatlas.nlp.DocumentEnricher;
import org.igfatlas.schema.IndexSchema;
import org.igfatlas.structure.DocumentStructurer;
import org.igfatlas.tag.Tagger;

/**
 * The declared list of {@link Stage}s a document goes through. {@code igf index} runs {@link #indexing}, {@code igf
 * eval} the stages its measure needs ({@link #tagging}, {@link #analysis}), the benchmarks {@link #passages}: the
 * same stages, in the same order, so a figure measures what indexing does. Declaring a list whose stage reads a part
 * no earlier stage adds fails at once.
 */
public final class DocumentPipeline {
  /**
   * Version of everything that turns a file into index entries. A file whose content hash and pipeline id are
   * unchanged since it was indexed is skipped; bump a part when its output changes.
   */
  public static final String VERSION = "schema=" + IndexSchema.VERSION + ";extract=2;structure=5;tag=3";

  /** The full id of a run: {@link #VERSION} plus the language analysis in use. */
  public static String id(String enricherId) {
    return VERSION + ";nlp=" + enricherId;
  }

  /** Told how long each stage took (nanoseconds), e.g. for the indexing summary's time per stage. */
  public interface Timer {
    Timer NONE = (stage, nanos) -> {};

    void took(String stage, long nanos);
  }

  private final List<Stage> stages;

  public DocumentPipeline(List<Stage> stages) {
    Set<Part> available = EnumSet.of(Part.SOURCE);
    for (Stage s : stages) {
      if (!available.containsAll(s.requires())) {
        Set<Part> missing = EnumSet.copyOf(s.requires());
        missing.removeAll(available);
        throw new IllegalArgumentException("stage " + s.name() + " needs " + missing + ", which no stage before it adds");
      }
      available.add(s.adds());
    }
    this.stages = List.copyOf(stages);
  }

  /** extract → structure → tag → nlp: what {@code igf index} writes. */
  public static DocumentPipeline indexing(Extractor extractor, DocumentStructurer structurer, Tagger tagger, DocumentEnricher enricher) {
    return new DocumentPipeline(List.of(Stages.extract(extractor), Stages.structure(structurer), Stages.tag(tagger),
        Stages.analyse(enricher)));
  }

  /** extract → structure → tag: what {@code igf eval tagging} measures. */
  public static DocumentPipeline tagging(Extractor extractor, DocumentStructurer structurer, Tagger tagger) {
    return new DocumentPipeline(List.of(Stages.extract(extractor), Stages.structure(structurer), Stages.tag(tagger)));
  }

  /** extract → structure → nlp: what {@code igf eval topics / entities / passages} measure. */
  public static DocumentPipeline analysis(Extractor extractor, DocumentStructurer structurer, DocumentEnricher enricher) {
    return new DocumentPipeline(List.of(Stages.extract(extractor), Stages.structure(structurer), Stages.analyse(enricher)));
  }

  /** extract → structure: the passages the benchmarks index and send to their baselines. */
  public static DocumentPipeline passages(Extractor extractor, DocumentStructurer structurer) {
    return new DocumentPipeline(List.of(Stages.extract(extractor), Stages.structure(structurer)));
  }

  public List<String> stageNames() {
    return stages.stream().map(Stage::name).toList();
  }

  /** Runs every stage on {@code doc} in order. */
  public ProcessedDocument run(ProcessedDocument doc, Timer timer) throws ExtractionException, IOException {
    for (Stage s : stages) {
      long t = System.nanoTime();
      s.apply(doc);
      timer.took(s.name(), System.nanoTime() - t);
    }
    return doc;
  }

  /** Runs every stage on {@code file} with its own sidecar and no annotation-cache key. */
  public ProcessedDocument run(Path file) throws ExtractionException, IOException {
    return run(new ProcessedDocument(file, null, Sidecar.of(file)), Timer.NONE);
  }

  /** Runs every stage on {@code file} with the given sidecar (labels under evaluation) instead of its own. */
  public ProcessedDocument run(Path file, Optional<Sidecar> sidecar) throws ExtractionException, IOException {
    return run(new ProcessedDocument(file, null, sidecar), Timer.NONE);
  }
}
