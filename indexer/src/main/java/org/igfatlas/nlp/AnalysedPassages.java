package org.igfatlas.nlp;

import org.igfatlas.pipeline.DocumentPipeline;
import org.igfatlas.pipeline.ProcessedDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.igfatlas.extract.ExtractionException;
import org.igfatlas.extract.Extractor;
import org.igfatlas.index.CorpusIndexer;
import org.igfatlas.structure.DocumentStructurer;
import org.igfatlas.structure.Passage;
import org.igfatlas.structure.StructuredDocument;

/**
 * The passages of a folder of files with what language analysis gives each, computed exactly as indexing does
 * (extract, structure, {@link DocumentEnricher} with the indexing CoreNLP settings, no cache). The common ground of
 * {@code igf eval topics}, {@code igf eval entities} and {@code igf eval passages}: a judged passage is found again
 * by its file and offsets.
 */
public final class AnalysedPassages {
  /** One passage: its file (relative to the folder, {@code /}-separated), offsets in the document text, and analysis. */
  public record Analysed(String file, int start, int end, String kind, String speaker, String text,
                         Map<String, Integer> topics, Set<String> persons, Set<String> organizations,
                         Set<String> countries) {
    /** The reference of the passage in judged sets: {@code file:start-end}. */
    public String ref() {
      return file + ":" + start + "-" + end;
    }
  }

  private AnalysedPassages() {}

  /** Every passage of every document under {@code folder}, files in path order; unreadable files are skipped. */
  public static List<Analysed> of(Path folder, NlpMode mode) throws IOException {
    return of(folder, mode, null);
  }

  /** The passages of the files under {@code folder} whose relative names are in {@code only} (all when null). */
  public static List<Analysed> of(Path folder, NlpMode mode, Set<String> only) throws IOException {
    List<Path> files = CorpusIndexer.collect(List.of(folder), new ArrayList<>());
    List<Analysed> out = new ArrayList<>();
    try (Extractor extractor = new Extractor()) {
      DocumentPipeline pipeline = DocumentPipeline.analysis(extractor, new DocumentStructurer(), new DocumentEnricher(mode, null));
      for (Path f : files) {
        String name = folder.relativize(f).toString().replace('\\', '/');
        if (only != null && !only.contains(name)) continue;
        ProcessedDocument d;
        try {
          d = pipeline.run(f); // the stages indexing runs, without tagging
        } catch (ExtractionException e) {
          continue;
        }
        StructuredDocument doc = d.structure();
        Enrichment e = d.enrichment();
        for (int i = 0; i < doc.passages().size(); i++) {
          Passage p = doc.passages().get(i);
          Enrichment.PassageEnrichment pe = e.passages().get(i);
          out.add(new Analysed(name, p.start(), p.end(), p.kind().id(), p.speaker(), p.text(), pe.topics(),
              pe.persons(), pe.organizations(), pe.countries()));
        }
      }
    }
    return out;
  }
}
