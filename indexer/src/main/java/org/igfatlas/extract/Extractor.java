package org.igfatlas.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts text from PDF, DOCX, DOC, HTML, TXT, RTF, ODT (anything Tika's AutoDetectParser knows) within
 * {@link ExtractionLimits}, and detects the language. Thread-safe; parsing runs on a daemon thread so that a
 * parser that hangs past the time limit is abandoned and the run goes on.
 */
public final class Extractor implements AutoCloseable {
  private static final Map<String, String> FORMATS = Map.ofEntries(
      Map.entry("application/pdf", "pdf"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
      Map.entry("application/msword", "doc"),
      Map.entry("text/html", "html"),
      Map.entry("application/xhtml+xml", "html"),
      Map.entry("text/plain", "txt"),
      Map.entry("text/markdown", "txt"),
      Map.entry("text/x-web-markdown", "txt"),
      Map.entry("application/rtf", "rtf"),
      Map.entry("application/vnd.oasis.opendocument.text", "odt"));

  static {
    // POI's own zip-bomb guards for OOXML (DOCX): an entry may not inflate more than 100x nor beyond 64 MB, which
    // stops a single huge XML text node before the XML parser buffers it whole
    org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.01);
    org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(64L << 20);
  }

  private final Parser parser = new AutoDetectParser();
  private final ExtractionLimits limits;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "igf-extract");
    t.setDaemon(true);
    return t;
  });
  private final ThreadLocal<LanguageDetector> languages = ThreadLocal.withInitial(() -> new OptimaizeLangDetector().loadModels());

  public Extractor(ExtractionLimits limits) {
    this.limits = limits;
  }

  public Extractor() {
    this(ExtractionLimits.DEFAULT);
  }

  public Extracted extract(Path file) throws ExtractionException {
    long bytes;
    try {
      if (!Files.isRegularFile(file)) throw new ExtractionException("not a regular file");
      if (!Files.isReadable(file)) throw new ExtractionException("file is not readable");
      bytes = Files.size(file);
    } catch (IOException e) {
      throw new ExtractionException("cannot read file: " + e.getMessage(), e);
    }
    if (bytes == 0) throw new ExtractionException("empty file (0 bytes)");
    if (bytes > limits.maxBytes()) {
      throw new ExtractionException("file too large: " + bytes + " bytes, limit " + limits.maxBytes());
    }
    ZipBombCheck.check(file, bytes);
    Future<Extracted> f = pool.submit(() -> parse(file, bytes));
    try {
      return f.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new ExtractionException("parsing timed out after " + limits.timeout().toSeconds() + " s");
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExtractionException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ExtractionException ee) throw ee;
      throw new ExtractionException(reason(cause), cause);
    }
  }

  private Extracted parse(Path file, long bytes) throws Exception {
    Metadata metadata = new Metadata();
    String name = file.getFileName().toString();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt") || lower.endsWith(".md")) {
      // transcripts are UTF-8: a hint keeps a few invalid bytes from sending charset detection elsewhere
      metadata.set(Metadata.CONTENT_TYPE, "text/plain; charset=UTF-8");
    }
    BlockTextHandler text = new BlockTextHandler(limits.maxChars());
    List<String> warnings = new ArrayList<>();
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      // Tika's guard: output/input ratio (zip bombs) and XML nesting depth, on top of our length limit
      SecureContentHandler secure = new SecureContentHandler(new BodyContentHandler(text), in);
      secure.setMaximumDepth(200);
      try {
        parser.parse(in, secure, metadata, new ParseContext());
      } catch (SAXException e) {
        if (!text.truncated()) secure.throwIfCauseOf(e); // a zip bomb or too deep nesting: Tika says which
        throw e;
      }
    } catch (Exception e) {
      if (!text.truncated()) throw e;
      warnings.add("text truncated at " + limits.maxChars() + " characters");
    }
    String mediaType = baseType(metadata.get(Metadata.CONTENT_TYPE));
    String body = "txt".equals(format(mediaType)) ? withoutStrayMarkup(text.text()) : text.text();
    if (body.isBlank()) {
      throw new ExtractionException("no text found (" + (mediaType == null ? "unknown type" : mediaType)
          + "; scanned images without OCR give no text)");
    }
    String title = metadata.get(TikaCoreProperties.TITLE);
    return new Extracted(body, mediaType, format(mediaType), detectLanguage(body),
        title == null || title.isBlank() ? null : title.strip(), bytes, warnings);
  }

  /** Layout tags that converters leave in plain text ({@code <ul style=...>}, {@code <br>}); other text is kept. */
  private static final java.util.regex.Pattern STRAY_TAG = java.util.regex.Pattern.compile(
      "</?(?:ul|ol|li|br|p|div|span|table|tbody|thead|tr|td|th|b|i|em|strong|sup|sub)(?:\\s[^<>]{0,200})?/?>",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  static String withoutStrayMarkup(String text) {
    return STRAY_TAG.matcher(text).replaceAll(m -> {
      String t = m.group().toLowerCase(Locale.ROOT);
      return t.startsWith("<li") || t.startsWith("<br") ? "\n" : " ";
    });
  }

  private String detectLanguage(String body) {
    LanguageDetector detector = languages.get();
    detector.reset();
    detector.addText(body.length() > 5_000 ? body.substring(0, 5_000) : body);
    LanguageResult r = detector.detect();
    return r.isUnknown() ? null : r.getLanguage();
  }

  static String baseType(String contentType) {
    if (contentType == null) return null;
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  static String format(String mediaType) {
    if (mediaType == null) return "other";
    return FORMATS.getOrDefault(mediaType, "other");
  }

  /** A short, user-facing reason for a parse failure. */
  static String reason(Throwable t) {
    if (t instanceof EncryptedDocumentException) return "encrypted document (password protected)";
    if (t instanceof TikaException && t.getMessage() != null && t.getMessage().startsWith("Suspected zip bomb")) {
      return "refused: " + t.getMessage();
    }
    if (t instanceof ZeroByteFileException) return "empty file (0 bytes)";
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String kind = t instanceof TikaException ? "cannot parse" : "parser error";
    String msg = root.getMessage() == null ? root.getClass().getSimpleName()
        : root.getClass().getSimpleName() + ": " + root.getMessage();
    if (msg.length() > 300) msg = msg.substring(0, 300) + "...";
    return kind + " (" + msg + ")";
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
