package org.igfatlas.schema;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * When two written names are one person's: the same words in any order, case or accents, initials aside ("Kee Jac",
 * "Jac SM Kee"; "Jose Perez", "José Pérez"). The indexer gives a document one form per person with it, and the API
 * one form across documents.
 */
public final class PersonNames {
  private PersonNames() {}

  /** The words of a full name, lower-cased, unaccented, sorted, initials left out; null for a one-word name. */
  public static String key(String name) {
    List<String> words = new ArrayList<>();
    for (String w : stripAccents(name).toLowerCase(Locale.ROOT).split("[\\s.,]+")) {
      if (w.length() > 2 || (w.length() == 2 && !name.contains(w.toUpperCase(Locale.ROOT)))) words.add(w); // "SM": initials
    }
    if (words.size() < 2) return null;
    words.sort(null);
    return String.join(" ", words);
  }

  /**
   * The forms of each person written in more than one way ({@link #key}), from the number of documents using each form:
   * per form, all of that person's forms, the {@link #preferred} first. A person written one way is not in the map.
   */
  public static java.util.Map<String, List<String>> forms(java.util.Map<String, Long> documentsPerForm) {
    java.util.Map<String, List<String>> byKey = new java.util.HashMap<>();
    for (String form : documentsPerForm.keySet()) {
      String key = key(form);
      if (key != null) byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(form);
    }
    java.util.Map<String, List<String>> out = new java.util.HashMap<>();
    for (List<String> f : byKey.values()) {
      if (f.size() < 2) continue;
      f.sort(preferred(documentsPerForm::get));
      List<String> all = List.copyOf(f);
      for (String form : f) out.put(form, all);
    }
    return out;
  }

  public static String stripAccents(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  /**
   * Which of several forms of one person to show, given how often each is used: the most used, then the fuller (more
   * words: initials kept), then the accented one, then the first alphabetically.
   */
  public static Comparator<String> preferred(java.util.function.ToLongFunction<String> uses) {
    return Comparator.<String>comparingLong(f -> -uses.applyAsLong(f)).thenComparingInt(f -> -f.split(" ").length)
        .thenComparingInt(f -> f.equals(stripAccents(f)) ? 1 : 0).thenComparing(Comparator.naturalOrder());
  }
}
