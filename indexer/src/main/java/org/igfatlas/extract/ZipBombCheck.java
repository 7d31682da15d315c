package org.igfatlas.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses ZIP containers (DOCX, ODT, XLSX...) that would inflate far beyond their size before any parser opens
 * them: Tika's SecureContentHandler watches the text coming out, but POI's DOM-based DOCX extraction buffers a
 * single huge XML entry whole before any text comes out. The central directory's sizes are checked (entry over
 * {@link #MAX_ENTRY} or total over {@link #MAX_RATIO} times the file and over {@link #MIN_TOTAL}).
 */
final class ZipBombCheck {
  static final long MAX_ENTRY = 64L << 20;
  static final long MIN_TOTAL = 16L << 20;
  static final long MAX_RATIO = 100;

  private ZipBombCheck() {}

  static void check(Path file, long bytes) throws ExtractionException {
    if (!isZip(file)) return;
    long total = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        long size = e.getSize();
        if (size > MAX_ENTRY) {
          throw new ExtractionException("refused: suspected zip bomb (entry " + e.getName() + " inflates to " + (size >> 20) + " MB)");
        }
        total += Math.max(0, size);
      }
    } catch (IOException e) {
      return; // not a readable zip: the parser will say why
    }
    if (total > MIN_TOTAL && total > MAX_RATIO * Math.max(1, bytes)) {
      throw new ExtractionException("refused: suspected zip bomb (" + (total >> 20) + " MB from " + (bytes >> 10) + " KB)");
    }
  }

  private static boolean isZip(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    } catch (IOException e) {
      return false;
    }
  }
}
