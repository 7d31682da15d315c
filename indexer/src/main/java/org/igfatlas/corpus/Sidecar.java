package org.igfatlas.corpus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Metadata a curator gives a file in {@code NAME.meta.json} beside it (e.g. {@code report.pdf.meta.json}).
 * Every field is optional; a value given here always wins over an automatic tag.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Sidecar(String title, Integer year, String meeting, String sessionType, String docKind,
                      List<String> tracks, List<String> themes, String nri, String source, String date,
                      Boolean synthetic) {

  public static final String SUFFIX = ".meta.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A sidecar that only says where the file was published (what a fetcher knows, and what evaluation sets give). */
  public static Sidecar ofSource(String source) {
    return new Sidecar(null, null, null, null, null, null, null, null, source, null, null);
  }

  public static Path pathFor(Path file) {
    return file.resolveSibling(file.getFileName() + SUFFIX);
  }

  public static boolean isSidecar(Path file) {
    return file.getFileName().toString().endsWith(SUFFIX);
  }

  /** The sidecar of {@code file}, if it has one; a malformed sidecar is an error, not silently ignored. */
  public static Optional<Sidecar> of(Path file) throws IOException {
    Path p = pathFor(file);
    if (!Files.isRegularFile(p)) return Optional.empty();
    try {
      return Optional.of(JSON.readValue(p.toFile(), Sidecar.class));
    } catch (IOException e) {
      throw new IOException("invalid sidecar " + p.getFileName() + ": " + e.getMessage(), e);
    }
  }
}
