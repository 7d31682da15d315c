package org.igfatlas.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.igfatlas.testing.Fixtures;

/**
 * Many distinct documents for runs that must take a while (a crash in the middle of indexing, commits in batches):
 * the fixture transcripts and reports, each copy with its own title line and its paragraphs in its own order.
 */
final class ManyDocuments {
  private ManyDocuments() {}

  static void write(int n, long seed, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> sources = new ArrayList<>(Fixtures.TRANSCRIPTS);
    sources.addAll(Fixtures.REPORTS);
    Random r = new Random(seed);
    for (int i = 0; i < n; i++) {
      String text = Fixtures.text(sources.get(i % sources.size()));
      List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\\s*\n")));
      String title = paragraphs.remove(0);
      Collections.shuffle(paragraphs, r);
      String body = title + " (copy " + i + ")\n\n" + String.join("\n\n", paragraphs) + "\n";
      Files.writeString(dir.resolve(String.format("doc-%04d.txt", i)), body);
    }
  }
}
