package org.igfatlas.nlp;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The gazetteer finds exactly what a regular-expression alternation of the quoted names between word boundaries finds. */
class GazetteerTest {
  static final List<String> NAMES = List.of("Internet Society", "Internet Society Foundation", "ISOC", "ICANN", "UN",
      "UN DESA", "Selvaria IGF", "Access Now", "U.N.", "W3C", "Article 19");

  static List<String> byRegex(List<String> names, String text, boolean ignoreCase) {
    StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}-])(?:");
    for (int i = 0; i < names.size(); i++) sb.append(i == 0 ? "" : "|").append(Pattern.quote(names.get(i)));
    Matcher m = Pattern.compile(sb.append(")(?![\\p{L}\\p{N}]|-\\p{L})").toString(), ignoreCase ? Pattern.CASE_INSENSITIVE : 0).matcher(text);
    List<String> out = new ArrayList<>();
    while (m.find()) out.add(m.group());
    return out;
  }

  @Test
  void findsTheSameNamesAsTheAlternation() {
    List<String> texts = List.of(
        "The Internet Society Foundation and ISOC chapters met UN DESA and the UN, not UNESCO or pre-ICANN groups.",
        "internet society members; Access Nowhere is not Access Now; W3C-style and W3C. U.N. staff and Article 19.",
        "Selvaria IGF-2024 and Selvaria IGF 2024, ICANN-led, ICANN's board, (ISOC) and [UN]");
    for (boolean ignoreCase : List.of(false, true)) {
      Gazetteer g = new Gazetteer(NAMES, ignoreCase);
      for (String t : texts) assertEquals(byRegex(NAMES, t, ignoreCase), g.find(t), t);
    }
    // random texts built from the names and separators
    Random r = new Random(7);
    List<String> parts = new ArrayList<>(NAMES);
    parts.addAll(List.of(" ", "-", ", ", "x", "s ", "'s ", ".", "(", ")", "internet ", "society "));
    Gazetteer g = new Gazetteer(NAMES, false);
    Gazetteer gi = new Gazetteer(NAMES, true);
    for (int k = 0; k < 2000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < 8; j++) sb.append(parts.get(r.nextInt(parts.size())));
      String t = sb.toString();
      assertEquals(byRegex(NAMES, t, false), g.find(t), t);
      assertEquals(byRegex(NAMES, t, true), gi.find(t), t);
    }
  }
}
