package org.igfatlas.pipeline;

import java.util.Set;
import org.igfatlas.extract.ExtractionException;
import org.igfatlas.extract.Extractor;
import org.igfatlas.nlp.DocumentEnricher;
import org.igfatlas.structure.DocumentStructurer;
import org.igfatlas.structure.StructuredDocument;
import org.igfatlas.tag.TagInput;
import org.igfatlas.tag.Tagger;

/** The four stages of IGF Atlas, each a thin adapter over the class that does the work. */
public final class Stages {
  private Stages() {}

  /** Text from any format, with Tika's limits ({@link Extractor}). */
  public static Stage extract(Extractor extractor) {
    return new Simple("extract", Set.of(Part.SOURCE), Part.TEXT) {
      @Override
      public void apply(ProcessedDocument d) throws ExtractionException {
        d.extracted(extractor.extract(d.file()));
      }
    };
  }

  /**
   * Speaker turns or paragraphs ({@link DocumentStructurer}), at most {@link DocumentStructurer#MAX_PASSAGES}: the
   * rest of a longer text is not structured, with a warning. A text without words fails the document.
   */
  public static Stage structure(DocumentStructurer structurer) {
    return new Simple("structure", Set.of(Part.TEXT), Part.PASSAGES) {
      @Override
      public void apply(ProcessedDocument d) throws ExtractionException {
        String text = d.extracted().text();
        String bounded = DocumentStructurer.bounded(text);
        StructuredDocument s = structurer.structure(bounded);
        if (s.passages().isEmpty()) throw new ExtractionException("no passages: the text has no words");
        if (bounded.length() < text.length()) {
          d.warnings().add(String.format("passages cut at %,d: the text after character %,d of %,d is not indexed",
              DocumentStructurer.MAX_PASSAGES, bounded.length(), text.length()));
        }
        d.structure(s);
      }
    };
  }

  /** Year, meeting, session type, kind, NRI, tracks and themes, the sidecar applied after the taggers ({@link Tagger}). */
  public static Stage tag(Tagger tagger) {
    return new Simple("tag", Set.of(Part.TEXT, Part.PASSAGES), Part.TAGS) {
      @Override
      public void apply(ProcessedDocument d) {
        d.tags(tagger.tag(new TagInput(d.file(), d.extracted().title(), d.extracted().text(), d.structure().form(), d.sidecar())));
      }
    };
  }

  /** CoreNLP and what is derived from it, passage by passage, cached by content hash ({@link DocumentEnricher}). */
  public static Stage analyse(DocumentEnricher enricher) {
    return new Simple("nlp", Set.of(Part.PASSAGES), Part.ANALYSIS) {
      @Override
      public void apply(ProcessedDocument d) {
        d.enrichment(enricher.enrich(d.structure(), d.contentHash()));
      }
    };
  }

  private abstract static class Simple implements Stage {
    private final String name;
    private final Set<Part> requires;
    private final Part adds;

    Simple(String name, Set<Part> requires, Part adds) {
      this.name = name;
      this.requires = requires;
      this.adds = adds;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Set<Part> requires() {
      return requires;
    }

    @Override
    public Part adds() {
      return adds;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
