package org.igfatlas.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges name variants of one speaker inside a transcript when the evidence is clear: a one-word speaker
 * ("Brandhorst" from {@code MS. BRANDHORST}, "Liesl" from {@code ANRIETTE}) becomes the full name of the
 * only speaker of the document whose last or first name it is. Ambiguous variants are left alone.
 */
final class SpeakerNames {
  private SpeakerNames() {}

  static List<Passage> merge(List<Passage> passages) {
    Set<String> names = new LinkedHashSet<>();
    for (Passage p : passages) if (p.speaker() != null) names.add(p.speaker());
    Map<String, String> to = new HashMap<>();
    for (String n : names) {
      if (n.contains(" ")) continue;
      String key = n.toLowerCase(Locale.ROOT);
      List<String> candidates = new ArrayList<>();
      for (String full : names) {
        if (!full.contains(" ")) continue;
        String[] parts = full.toLowerCase(Locale.ROOT).split(" ");
        if (parts[parts.length - 1].equals(key) || parts[0].equals(key)) candidates.add(full);
      }
      if (candidates.size() == 1) to.put(n, candidates.get(0));
    }
    if (to.isEmpty()) return passages;
    List<Passage> out = new ArrayList<>(passages.size());
    for (Passage p : passages) {
      String merged = p.speaker() == null ? null : to.get(p.speaker());
      out.add(merged == null ? p : new Passage(p.ordinal(), p.kind(), merged, p.speakerLabel(), p.section(), p.text(),
          p.start(), p.end(), p.notes()));
    }
    return out;
  }
}
