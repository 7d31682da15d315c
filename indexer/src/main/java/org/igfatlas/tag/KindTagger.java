package org.igfatlas.tag;

import org.igfatlas.schema.Taxonomy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared matching of a list of {@link Taxonomy.Kind}s (session types, document kinds) against text. */
final class KindTagger {
  private KindTagger() {}

  /** The first kind (in data order) one of whose patterns matches {@code s}, with its evidence; or null. */
  static Evidence firstMatch(List<Taxonomy.Kind> kinds, boolean opening, String s, String field, String rulePrefix) {
    if (s == null || s.isEmpty()) return null;
    for (Taxonomy.Kind k : kinds) {
      for (Pattern p : opening ? k.opening() : k.title()) {
        Matcher m = p.matcher(s);
        if (m.find()) return new Evidence(field, k.id(), rulePrefix + "." + k.id(), m.group().strip(), 1);
      }
    }
    return null;
  }
}
