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

  /** A sidecar that cannot be used; its message says which and why, in one line. */
  public static final class InvalidException extends IOException {
    InvalidException(String message, Throwable cause) {
      super(message, cause);
    }
  }
  private static final ObjectMapper JSON = org.igfatlas.schema.Resources.JSON;

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

  /** The largest sidecar read: metadata of one file, not a data set. */
  public static final long MAX_BYTES = 64 * 1024;
  /** At most this many tracks or themes, each at most {@link #MAX_VALUE_CHARS} characters. */
  public static final int MAX_VALUES = 50;
  public static final int MAX_VALUE_CHARS = 2_000;

  /**
   * The sidecar of {@code file}, if it has one. A malformed sidecar is an error that fails its file with a reason
   * (not silently ignored): not a JSON object, unknown fields, a year outside 1000-9999, more than {@link #MAX_VALUES}
   * values or a null value in a list, a value longer than {@link #MAX_VALUE_CHARS}, a file over {@link #MAX_BYTES}.
   */
  public static Optional<Sidecar> of(Path file) throws IOException {
    Path p = pathFor(file);
    if (!Files.isRegularFile(p)) return Optional.empty();
    String name = p.getFileName().toString();
    if (Files.size(p) > MAX_BYTES) throw new InvalidException("invalid sidecar " + name + ": larger than " + MAX_BYTES / 1024 + " KB", null);
    Sidecar s;
    try {
      s = JSON.readValue(p.toFile(), Sidecar.class);
    } catch (IOException e) {
      throw new InvalidException("invalid sidecar " + name + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    if (s == null) throw new InvalidException("invalid sidecar " + name + ": null, expected a JSON object", null);
    String problem = s.problem();
    if (problem != null) throw new InvalidException("invalid sidecar " + name + ": " + problem, null);
    return Optional.of(s);
  }

  /** What is wrong with the values, or null. */
  private String problem() {
    if (year != null && (year < 1000 || year > 9999)) return "year " + year + " is not a year";
    for (var e : java.util.Map.of("tracks", tracks == null ? java.util.Collections.<String>emptyList() : tracks,
        "themes", themes == null ? java.util.Collections.<String>emptyList() : themes).entrySet()) {
      if (e.getValue().size() > MAX_VALUES) return e.getKey() + " has " + e.getValue().size() + " values (at most " + MAX_VALUES + ")";
      if (e.getValue().contains(null)) return e.getKey() + " holds a null value";
    }
    for (String v : java.util.Arrays.asList(title, meeting, sessionType, docKind, nri, source, date)) {
      if (v != null && v.length() > MAX_VALUE_CHARS) return "a value is longer than " + MAX_VALUE_CHARS + " characters";
    }
    for (List<String> l : java.util.Arrays.asList(tracks, themes)) {
      if (l != null) for (String v : l) if (v.length() > MAX_VALUE_CHARS) return "a value is longer than " + MAX_VALUE_CHARS + " characters";
    }
    return null;
  }
}
