package org.igfatlas.analytics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.igfatlas.search.SearchResponse;

/**
 * Groups near-duplicate recommendations (the same call repeated in a session report, the messages and a summary):
 * word sets (lower case, stop words and words under three letters removed) compared by Jaccard similarity; a hit
 * joins the first earlier group whose representative is at least {@link #THRESHOLD} similar.
 */
public final class NearDuplicates {
  public static final double THRESHOLD = 0.6;

  private NearDuplicates() {}

  public static List<SearchResponse.Group> group(List<SearchResponse.Hit> hits) {
    List<Set<String>> reps = new ArrayList<>();
    List<List<String>> members = new ArrayList<>();
    List<String> repIds = new ArrayList<>();
    for (SearchResponse.Hit h : hits) {
      Set<String> words = words(h.snippet());
      int found = -1;
      for (int i = 0; i < reps.size() && found < 0; i++) if (jaccard(reps.get(i), words) >= THRESHOLD) found = i;
      String id = h.passageId() + "#" + hits.indexOf(h);
      if (found < 0) {
        reps.add(words);
        repIds.add(id);
        members.add(new ArrayList<>(List.of(id)));
      } else {
        members.get(found).add(id);
      }
    }
    List<SearchResponse.Group> out = new ArrayList<>();
    for (int i = 0; i < reps.size(); i++) out.add(new SearchResponse.Group(repIds.get(i), members.get(i).size(), members.get(i)));
    return out;
  }

  static Set<String> words(String snippet) {
    String text = snippet == null ? "" : snippet.replaceAll("</?mark>", "").replaceAll("&[#\\w]+;", " ");
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 3 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)) out.add(w);
    }
    return out;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) return 1;
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    return inter.size() / (double) (a.size() + b.size() - inter.size());
  }
}
