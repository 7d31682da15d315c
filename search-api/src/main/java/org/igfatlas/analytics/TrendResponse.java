package org.igfatlas.analytics;

import java.util.List;
import java.util.Map;

/**
 * Trend series. Each point has the count, the denominator ({@code total}: filtered documents for documents/share,
 * filtered tokens for per10k, none for mentions) and the value of the measure; {@code lowVolume} marks years whose
 * denominator is too small to compare. {@code method} says how it was counted; {@code indexVersion} identifies the
 * index state so a chart can be reproduced.
 */
public record TrendResponse(List<String> terms, List<String> topics, String split, Map<String, List<String>> filters,
                            String measure, String by, String method, String indexVersion, List<Series> series) {

  public record Series(String label, String term, String topic, String splitValue, long totalMentions,
                       long documents, long sessions, List<Point> points) {}

  public record Point(int year, long count, Long total, double value, boolean lowVolume) {}
}
