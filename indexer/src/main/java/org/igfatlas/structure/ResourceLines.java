package org.igfatlas.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a versioned word list from the class path: one entry per line, {@code #} comments, blanks skipped. */
public final class ResourceLines {
  private ResourceLines() {}

  public static List<String> read(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name + " next to " + anchor.getName());
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
}
