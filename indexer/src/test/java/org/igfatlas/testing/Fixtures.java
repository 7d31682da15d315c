package org.igfatlas.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Test fixtures shared by every module's tests: the realistic transcripts and reports under
 * {@code fixtures/}, and the same text rendered as PDF, DOCX and HTML files (generated, never committed).
 */
public final class Fixtures {
  private Fixtures() {}

  public static final List<String> TRANSCRIPTS = List.of(
      "transcripts/igf2019-beginners-main-session.txt",
      "transcripts/igf2016-ws250-remote-participation.txt");
  public static final List<String> REPORTS = List.of("reports/igf2020-session-report.txt");

  public static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies fixture {@code name} into {@code dir}, keeping its file name. */
  public static Path copy(String name, Path dir) throws IOException {
    Path out = dir.resolve(Path.of(name).getFileName().toString());
    Files.writeString(out, text(name));
    return out;
  }

  /** Blocks of a plain text: paragraphs separated by blank lines, each a list of its lines. */
  static List<List<String>> blocks(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String block : text.strip().split("\\n\\s*\\n")) {
      List<String> lines = new ArrayList<>();
      for (String l : block.split("\\n")) if (!l.isBlank()) lines.add(l.strip());
      if (!lines.isEmpty()) out.add(lines);
    }
    return out;
  }

  /** Writes {@code text} as a Word document: one paragraph per line, as an author in Word would type it. */
  public static Path docx(String text, Path out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
      for (List<String> block : blocks(text)) {
        for (String line : block) doc.createParagraph().createRun().setText(line);
      }
      doc.write(os);
    }
    return out;
  }

  /** Writes {@code text} as an HTML page: one {@code <p>} per line, escaped. */
  public static Path html(String text, String title, Path out) throws IOException {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        .append(escape(title)).append("</title><style>p{margin:0}</style></head><body>\n");
    for (List<String> block : blocks(text)) {
      for (String line : block) sb.append("<p>").append(escape(line)).append("</p>\n");
    }
    Files.writeString(out, sb.append("</body></html>\n").toString());
    return out;
  }

  /**
   * Writes {@code text} as a PDF: lines wrapped at about 90 characters in Helvetica 10, paragraphs set apart
   * by a blank line's height, as a word processor's export would look.
   */
  public static Path pdf(String text, Path out) throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    float size = 10, leading = 13, margin = 50;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = null;
      PDPageContentStream cs = null;
      float y = 0;
      for (List<String> block : blocks(text)) {
        for (String line : block) {
          for (String wrapped : wrap(line, 90)) {
            if (cs == null || y < margin) {
              if (cs != null) cs.close();
              page = new PDPage(PDRectangle.A4);
              doc.addPage(page);
              cs = new PDPageContentStream(doc, page);
              y = page.getMediaBox().getHeight() - margin;
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(margin, y);
            cs.showText(wrapped);
            cs.endText();
            y -= leading;
          }
          y -= leading; // each line of the source is its own paragraph
        }
      }
      if (cs != null) cs.close();
      doc.save(out.toFile());
    }
    return out;
  }

  static List<String> wrap(String line, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String word : line.split(" ")) {
      if (cur.length() > 0 && cur.length() + 1 + word.length() > width) {
        out.add(cur.toString());
        cur.setLength(0);
      }
      if (cur.length() > 0) cur.append(' ');
      cur.append(word);
    }
    if (cur.length() > 0) out.add(cur.toString());
    return out;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
