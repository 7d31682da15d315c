package org.igfatlas.structure;

import org.igfatlas.schema.Resources;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Decides whether the text before a colon is a speaker label, and turns labels into speaker names. */
public final class SpeakerLabels {
  private static final Set<String> ROLES = new HashSet<>(Resources.lines(SpeakerLabels.class, "speaker-roles.txt"));
  private static final List<String> HONORIFICS = Resources.lines(SpeakerLabels.class, "honorifics.txt");

  private SpeakerLabels() {}

  /**
   * True when {@code candidate} (text between {@code >>} and a colon) reads as a speaker label: at most eight
   * words, letters present, no sentence punctuation, and either mostly upper case (the captioning convention)
   * or two to five capitalised words.
   */
  public static boolean isLabel(String candidate) {
    String c = candidate.strip();
    if (c.isEmpty() || c.length() > 70) return false;
    if (c.chars().anyMatch(ch -> ch == '?' || ch == '!' || ch == ';' || ch == '"' || ch == '\n')) return false;
    String[] words = c.split("\\s+");
    if (words.length > 8) return false;
    long letters = c.chars().filter(Character::isLetter).count();
    if (letters < 2) return false;
    long upper = c.chars().filter(Character::isUpperCase).count();
    if (upper >= 0.7 * letters) return true;
    if (words.length < 2 || words.length > 5) return false;
    return Arrays.stream(words).allMatch(w -> !w.isEmpty() && (Character.isUpperCase(w.charAt(0))
        || w.equals("de") || w.equals("van") || w.equals("von") || w.equals("da") || w.equals("del")));
  }

  /** The speaker a label names, or {@code null} for a role ("MODERATOR", "AUDIENCE MEMBER") or no name. */
  public static String speakerOf(String label) {
    if (label == null) return null;
    String l = label.strip().replaceAll("\\s+", " ");
    String upper = l.toUpperCase(Locale.ROOT);
    String roleKey = upper.replaceAll("[\\s\\d#.:,-]+$", "").strip();
    if (ROLES.contains(roleKey) || roleKey.isEmpty()) return null;
    // "JOHN DOE, ICANN" -> the name is before the comma
    int comma = l.indexOf(',');
    if (comma > 0) l = l.substring(0, comma).strip();
    String name = dropHonorific(l);
    if (name.isEmpty()) return null;
    return titleCase(name);
  }

  static String dropHonorific(String label) {
    String s = label.strip();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String h : HONORIFICS) {
        String u = s.toUpperCase(Locale.ROOT);
        if (u.startsWith(h) && s.length() > h.length()) {
          char next = s.charAt(h.length());
          if (next == '.' || next == ' ') {
            String rest = s.substring(h.length()).replaceFirst("^\\.?\\s*", "");
            if (!rest.isEmpty()) {
              s = rest;
              changed = true;
            }
          }
        }
      }
    }
    return s;
  }

  /** "KUDZAI MARUFU" -> "Kudzai Marufu", "JEAN-PAUL O'BRIEN" -> "Jean-Paul O'Brien"; mixed case kept. */
  static String titleCase(String name) {
    boolean allUpper = name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    if (!allUpper) return name;
    return Arrays.stream(name.toLowerCase(Locale.ROOT).split(" "))
        .map(SpeakerLabels::capitaliseParts).collect(Collectors.joining(" "));
  }

  private static String capitaliseParts(String word) {
    StringBuilder out = new StringBuilder(word.length());
    boolean start = true;
    for (char ch : word.toCharArray()) {
      out.append(start ? Character.toUpperCase(ch) : ch);
      start = ch == '-' || ch == '\'' || ch == '.';
    }
    return out.toString();
  }
}
