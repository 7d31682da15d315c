package org.igfatlas.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.igfatlas.extract.ExtractionException;
import org.igfatlas.extract.Extractor;
import org.igfatlas.nlp.DocumentEnricher;
import org.igfatlas.nlp.NlpMode;
import org.igfatlas.structure.DocumentStructurer;
import org.igfatlas.tag.Tagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The declared stage lists: requirements checked when declared, the same stages giving the same passages. */
class DocumentPipelineTest {
  @TempDir
  Path dir;

  static final String REPORT = """
      IGF 2022 WS #31 Spectrum for Rural Schools

      Key Takeaways

      1. Regulators should open unused spectrum to community networks that connect rural schools.

      2. Operators reported that prices fell by a third in two years, but rural schools still pay more than urban ones.
      """;

  @Test
  void aStageWhoseInputNoEarlierStageAddsIsRefusedWhenDeclared() {
    DocumentStructurer structurer = new DocumentStructurer();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DocumentPipeline(List.of(Stages.structure(structurer))));
    assertTrue(e.getMessage().contains("TEXT"), e.getMessage());
    try (Extractor ex = new Extractor()) {
      assertThrows(IllegalArgumentException.class, () -> new DocumentPipeline(List.of(Stages.extract(ex), Stages.tag(new Tagger()))));
      assertEquals(List.of("extract", "structure", "tag", "nlp"),
          DocumentPipeline.indexing(ex, structurer, new Tagger(), new DocumentEnricher(NlpMode.OFF, null)).stageNames());
      assertEquals(Set.of(Part.SOURCE), Stages.extract(ex).requires());
    }
  }

  @Test
  void everyDeclaredListGivesTheSamePassagesAndOnlyItsParts() throws Exception {
    Path file = Files.writeString(dir.resolve("ws31.txt"), REPORT);
    try (Extractor ex = new Extractor()) {
      DocumentStructurer s = new DocumentStructurer();
      ProcessedDocument indexed = DocumentPipeline.indexing(ex, s, new Tagger(), new DocumentEnricher(NlpMode.OFF, null)).run(file);
      ProcessedDocument tagged = DocumentPipeline.tagging(ex, s, new Tagger()).run(file);
      ProcessedDocument passages = DocumentPipeline.passages(ex, s).run(file);
      assertEquals(indexed.structure().passages(), passages.structure().passages());
      assertEquals(indexed.tags().year(), tagged.tags().year());
      assertTrue(indexed.has(Part.ANALYSIS));
      assertFalse(tagged.has(Part.ANALYSIS));
      assertThrows(IllegalStateException.class, passages::tags, "a part the list does not add");
    }
  }

  @Test
  void aTextWithoutWordsFailsAtTheStructureStage() throws Exception {
    Path file = Files.writeString(dir.resolve("empty.txt"), " \n -- \n");
    try (Extractor ex = new Extractor()) {
      assertThrows(ExtractionException.class, () -> DocumentPipeline.passages(ex, new DocumentStructurer()).run(file));
    }
  }
}
