package org.igfatlas.search;

import java.util.List;
import java.util.Map;

/** A document's metadata, tags with their evidence, and its passages in order. */
public record DocumentView(String docId, String title, String path, String source, String format, String mediaType,
                           String language, Integer year, String meeting, String sessionType, String docKind,
                           List<String> tracks, List<String> themes, String nri, String nriRegion, String nriKind, List<String> speakers, int tokens,
                           String contentHash, List<Map<String, Object>> evidence, List<String> warnings,
                           List<PassageView> passages, int passageCount, int from, List<String> sources) {
  /** Passages one answer holds by default: a day-long transcript (about 2,000 turns) in two pages at most. */
  public static final int DEFAULT_PAGE = 1_000;
  /** The most passages one answer may hold. */
  public static final int MAX_PAGE = 5_000;

  /**
   * A passage: {@code html} is the escaped text with the query's matches in {@code <mark>} (equal to the escaped
   * text when there is no query), {@code hit} tells whether it matched.
   */
  public record PassageView(String passageId, int ordinal, String kind, String speaker, String speakerLabel,
                            String section, String text, String html, boolean hit, int start, int end,
                            List<String> notes) {}
}
