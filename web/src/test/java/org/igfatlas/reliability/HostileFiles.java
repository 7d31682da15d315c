package org.igfatlas.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.igfatlas.testing.Fixtures;

/** Generates the hostile test corpus (never committed): each file and what is wrong with it. */
final class HostileFiles {
  private HostileFiles() {}

  /** Writes the hostile files into {@code dir}; returns file name -> what it is. */
  static Map<String, String> write(Path dir) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    byte[] pdf = Files.readAllBytes(Fixtures.pdf(Fixtures.text(Fixtures.REPORTS.get(0)), Files.createTempFile("igf", ".pdf")));
    Files.write(dir.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 3));
    out.put("truncated.pdf", "truncated PDF");

    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      doc.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
      doc.save(dir.resolve("encrypted.pdf").toFile());
    }
    out.put("encrypted.pdf", "encrypted PDF");

    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < 10_000; i++) doc.addPage(new PDPage());
      doc.save(dir.resolve("blank-10000-pages.pdf").toFile());
    }
    out.put("blank-10000-pages.pdf", "PDF with 10,000 blank pages");

    zipBombDocx(dir.resolve("zip-bomb.docx"));
    out.put("zip-bomb.docx", "highly compressed DOCX (hundreds of MB of text in a few hundred KB)");

    Files.createFile(dir.resolve("empty.txt"));
    out.put("empty.txt", "0-byte file");

    byte[] noise = new byte[64 * 1024];
    new Random(8).nextBytes(noise);
    Files.write(dir.resolve("random.pdf"), noise);
    Files.write(dir.resolve("random.docx"), noise);
    out.put("random.pdf", "random bytes named .pdf");
    out.put("random.docx", "random bytes named .docx");

    try (OutputStream o = Files.newOutputStream(dir.resolve("huge-100mb.txt"))) {
      byte[] line = "Digital cooperation and cybersecurity were discussed at length by the multistakeholder community.\n".getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 100L * 1024 * 1024; written += line.length) o.write(line);
    }
    out.put("huge-100mb.txt", "100 MB text file");

    StringBuilder nested = new StringBuilder("<html><body>");
    for (int i = 0; i < 50_000; i++) nested.append("<div>");
    nested.append("deep");
    for (int i = 0; i < 50_000; i++) nested.append("</div>");
    Files.writeString(dir.resolve("deeply-nested.html"), nested.append("</body></html>").toString());
    out.put("deeply-nested.html", "HTML nested 50,000 levels deep");

    byte[] bad = "IGF 2020 report on caf\u00e9 connectivity ".getBytes(StandardCharsets.UTF_8);
    byte[] invalid = new byte[bad.length + 6];
    System.arraycopy(bad, 0, invalid, 0, bad.length);
    invalid[bad.length] = (byte) 0xC3; // truncated sequences and stray continuation bytes
    invalid[bad.length + 1] = (byte) 0x28;
    invalid[bad.length + 2] = (byte) 0xA0;
    invalid[bad.length + 3] = (byte) 0xFF;
    invalid[bad.length + 4] = 'o';
    invalid[bad.length + 5] = 'k';
    Files.write(dir.resolve("invalid-utf8.txt"), invalid);
    out.put("invalid-utf8.txt", "invalid UTF-8");

    Fixtures.html(Fixtures.text(Fixtures.TRANSCRIPTS.get(1)), "WS250", dir.resolve("actually-html.pdf"));
    out.put("actually-html.pdf", "an HTML page with a .pdf extension");

    Path locked = Files.writeString(dir.resolve("unreadable.txt"), "secret");
    locked.toFile().setReadable(false, false);
    out.put("unreadable.txt", "a file without read permission");

    Path loop = Files.createDirectories(dir.resolve("loop"));
    Files.createSymbolicLink(loop.resolve("again"), loop);
    out.put("loop/again", "a symbolic link loop");

    if (new ProcessBuilder("mkfifo", dir.resolve("named-pipe.txt").toString()).start().waitFor() == 0) {
      out.put("named-pipe.txt", "a named pipe (opening it would wait for a writer forever)");
    }
    Files.createSymbolicLink(dir.resolve("dev-zero.txt"), Path.of("/dev/zero"));
    out.put("dev-zero.txt", "a link to /dev/zero (endless)");

    String text = "IGF 2020 WS #1 Sidecars\n\nA short report on sidecars and what they may hold.\n";
    Files.writeString(dir.resolve("null-sidecar.txt"), text);
    Files.writeString(dir.resolve("null-sidecar.txt.meta.json"), "null");
    out.put("null-sidecar.txt", "a sidecar holding null");
    Files.writeString(dir.resolve("null-theme.txt"), text);
    Files.writeString(dir.resolve("null-theme.txt.meta.json"), "{\"themes\": [null]}");
    out.put("null-theme.txt", "a sidecar with a null theme");
    Files.writeString(dir.resolve("many-themes.txt"), text);
    StringBuilder themes = new StringBuilder("{\"themes\": [");
    for (int i = 0; i < 20_000; i++) themes.append(i == 0 ? "" : ",").append("\"theme").append(i).append('"');
    Files.writeString(dir.resolve("many-themes.txt.meta.json"), themes.append("]}"));
    out.put("many-themes.txt", "a sidecar with 20,000 themes");

    try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve("five-million-turns.txt")))) {
      byte[] turn = ">> x\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      for (int i = 0; i < 5_000_000; i++) o.write(turn);
    }
    out.put("five-million-turns.txt", "a transcript of 5 million one-letter turns (25 MB)");

    try (java.io.Writer w = Files.newBufferedWriter(dir.resolve("one-line-50mb.html"))) {
      w.write("<html><head><title>One line</title></head><body><p>");
      for (int i = 0; i < 50_000_000 / 25; i++) w.write("access rights data youth ");
      w.write("</p></body></html>");
    }
    out.put("one-line-50mb.html", "a 50 MB HTML page of one line without sentence punctuation");
    try (java.io.Writer w = Files.newBufferedWriter(dir.resolve("hex-object.rtf"))) {
      w.write("{\\rtf1\\ansi A report with an embedded object. {\\object\\objemb{\\*\\objdata ");
      String chunk = "0123456789abcdef".repeat(4096);
      for (int i = 0; i < 200_000_000 / chunk.length(); i++) w.write(chunk);
      w.write("}} The end.}");
    }
    out.put("hex-object.rtf", "an RTF file with 200 MB of hex object data");

    Files.writeString(dir.resolve("forged\nIndexed 99 of 99 files.txt"), "");
    out.put("forged\\x0AIndexed 99 of 99 files.txt", "an empty file whose name holds a line break and a fake report line");
    return out;
  }

  /** A DOCX whose document.xml holds ~400 MB of one repeated paragraph: the zip is a few hundred KB. */
  static void zipBombDocx(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.setLevel(9);
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 400; i++) zip.write(chunk);
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
