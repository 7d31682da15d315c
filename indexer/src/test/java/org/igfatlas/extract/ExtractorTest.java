package org.igfatlas.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.igfatlas.structure.DocumentStructurer;
import org.igfatlas.structure.Passage;
import org.igfatlas.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExtractorTest {
  private static Extractor extractor;

  @BeforeAll
  static void open() {
    extractor = new Extractor();
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  @TempDir
  Path dir;

  static List<String> allFixtures() {
    return java.util.stream.Stream.concat(Fixtures.TRANSCRIPTS.stream(), Fixtures.REPORTS.stream()).toList();
  }

  /** The structure of each format's passages: kind, speaker, section and text (offsets differ by format). */
  private static List<String> passages(Extracted e) {
    return new DocumentStructurer().structure(e.text()).passages().stream()
        .map(p -> p.kind() + "|" + p.speaker() + "|" + p.section() + "|" + p.text() + "|" + p.notes())
        .toList();
  }

  @ParameterizedTest
  @MethodSource("allFixtures")
  void sameTextAsPdfDocxHtmlAndTxtYieldsTheSamePassages(String fixture) throws Exception {
    String text = Fixtures.text(fixture);
    Extracted txt = extractor.extract(Fixtures.copy(fixture, dir));
    Extracted pdf = extractor.extract(Fixtures.pdf(text, dir.resolve("doc.pdf")));
    Extracted docx = extractor.extract(Fixtures.docx(text, dir.resolve("doc.docx")));
    Extracted html = extractor.extract(Fixtures.html(text, "A title", dir.resolve("doc.html")));
    assertEquals(List.of("txt", "pdf", "docx", "html"), List.of(txt.format(), pdf.format(), docx.format(), html.format()));
    List<String> expected = passages(txt);
    assertTrue(expected.size() >= 5, "fixture has passages");
    assertEquals(expected, passages(pdf), "pdf");
    assertEquals(expected, passages(docx), "docx");
    assertEquals(expected, passages(html), "html");
  }

  @Test
  void detectsFormatLanguageAndTitle() throws Exception {
    Extracted html = extractor.extract(Fixtures.html(Fixtures.text(Fixtures.REPORTS.get(0)), "WS #68 report", dir.resolve("r.html")));
    assertEquals("text/html", html.mediaType());
    assertEquals("en", html.language());
    assertEquals("WS #68 report", html.title());
    assertFalse(html.text().contains("margin:0"), "style content is not text");
    Path fr = dir.resolve("fr.txt");
    Files.writeString(fr, "Le Forum sur la gouvernance de l'Internet réunit chaque année les gouvernements, le secteur "
        + "privé, la société civile et la communauté technique pour débattre des politiques publiques de l'Internet.");
    assertEquals("fr", extractor.extract(fr).language());
  }

  @Test
  void textPastTheLengthLimitIsTruncatedWithAWarning() throws Exception {
    try (Extractor small = new Extractor(new ExtractionLimits(Duration.ofSeconds(30), 1000, 1 << 20))) {
      Extracted e = small.extract(Fixtures.copy(Fixtures.TRANSCRIPTS.get(0), dir));
      assertTrue(e.text().length() <= 1000);
      assertEquals(List.of("text truncated at 1000 characters"), e.warnings());
    }
  }

  @Test
  void badFilesFailWithAReason() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.pdf"));
    ExtractionException e1 = assertThrows(ExtractionException.class, () -> extractor.extract(empty));
    assertEquals("empty file (0 bytes)", e1.getMessage());

    Path good = Fixtures.pdf(Fixtures.text(Fixtures.REPORTS.get(0)), dir.resolve("good.pdf"));
    byte[] bytes = Files.readAllBytes(good);
    Path truncated = Files.write(dir.resolve("truncated.pdf"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
    ExtractionException e2 = assertThrows(ExtractionException.class, () -> extractor.extract(truncated));
    assertFalse(e2.getMessage().isBlank());

    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    Path random = Files.write(dir.resolve("random.docx"), noise);
    ExtractionException e3 = assertThrows(ExtractionException.class, () -> extractor.extract(random));
    assertFalse(e3.getMessage().isBlank());

    Path folder = Files.createDirectory(dir.resolve("folder.pdf"));
    assertEquals("not a regular file", assertThrows(ExtractionException.class, () -> extractor.extract(folder)).getMessage());
  }

  @Test
  void reportPassagesFromPdfKeepSections() throws Exception {
    Extracted pdf = extractor.extract(Fixtures.pdf(Fixtures.text(Fixtures.REPORTS.get(0)), dir.resolve("r.pdf")));
    List<Passage> ps = new DocumentStructurer().structure(pdf.text()).passages();
    assertTrue(ps.stream().anyMatch(p -> "Call to Action".equals(p.section()) && p.kind() == Passage.Kind.POINT));
  }

  @Test
  void layoutTagsLeftInPlainTextByConvertersAreRemovedButOtherAngleBracketsStay() {
    String in = "275 sessions\t<ul style=\"list-style-type: none\"><li>84 workshops</li><li>7 Main sessions</li></ul> "
        + "and a <script> mention";
    String out = Extractor.withoutStrayMarkup(in);
    assertFalse(out.contains("<ul") || out.contains("<li>") || out.contains("</ul>"), out);
    assertTrue(out.contains("84 workshops") && out.contains("<script>"), out);
  }
}
