package org.igfatlas.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way vocabularies are read from the class path: word lists ({@link #lines}: one entry per line, {@code #}
 * comments and blanks skipped) and JSON files ({@link #json}), each next to the class that owns it, and the one
 * JSON mapper ({@link #JSON}) for data files.
 */
public final class Resources {
  /** The mapper for vocabulary files (thread-safe once configured; never reconfigured). */
  public static final ObjectMapper JSON = new ObjectMapper();

  private Resources() {}

  public static List<String> lines(Class<?> anchor, String name) {
    try (InputStream in = open(anchor, name)) {
      List<String> out = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          String t = line.strip();
          if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode json(Class<?> anchor, String name) {
    try (InputStream in = open(anchor, name)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the array under {@code key} of a JSON tree as records of {@code type}. */
  public static <T> List<T> list(JsonNode tree, String key, Class<T> type) {
    try {
      List<T> out = new ArrayList<>();
      for (JsonNode n : tree.path(key)) out.add(JSON.treeToValue(n, type));
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(Class<?> anchor, String name) {
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) throw new IllegalStateException("missing resource " + name + " next to " + anchor.getName());
    return in;
  }
}
