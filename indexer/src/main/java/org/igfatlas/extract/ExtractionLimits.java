package org.igfatlas.extract;

import java.time.Duration;

/**
 * Per-file bounds of extraction.
 *
 * @param timeout  wall-clock time allowed for parsing one file
 * @param maxChars extracted characters kept per file; longer text is truncated and the file gets a warning
 * @param maxBytes larger files are refused before parsing
 */
public record ExtractionLimits(Duration timeout, int maxChars, long maxBytes) {
  public static final ExtractionLimits DEFAULT = new ExtractionLimits(Duration.ofSeconds(60), 10_000_000, 512L << 20);
}
