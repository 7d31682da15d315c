package org.igfatlas.index;

import java.util.List;
import java.util.Map;

/**
 * What an indexing run did.
 *
 * @param files     files considered (sidecars and hidden files excluded)
 * @param indexed   files (re)indexed
 * @param unchanged files skipped because their content and the pipeline did not change
 * @param failures  files that could not be indexed, with the reason
 * @param warnings  files indexed with a warning (e.g. truncated text)
 * @param passages  passages written
 * @param stageMillis time per stage summed over threads: extract, structure, tag, nlp, write; merge (wall time, when the run merged the index into one segment)
 * @param elapsedMillis wall-clock time of the run
 * @param documentsInIndex documents in the index after the run
 * @param passagesInIndex  passages in the index after the run
 * @param nlp       the language analysis mode (off, fast, full)
 * @param nlpTokens tokens analysed (cached documents count too)
 * @param nlpCacheHits documents whose annotations came from the cache
 * @param merged    whether the run merged the index into one segment (it wrote at least half of its documents)
 */
public record IndexSummary(int files, int indexed, int unchanged, List<Problem> failures, List<Problem> warnings,
                           long passages, Map<String, Long> stageMillis, long elapsedMillis,
                           int documentsInIndex, int passagesInIndex, String nlp, long nlpTokens,
                           long nlpCacheHits, long nlpCacheMisses, boolean merged) {

  /** A file and what went wrong with it. */
  public record Problem(String path, String reason) {}

  /** True when the run leaves nothing usable: no file could be indexed and none was already there. */
  public boolean nothingIndexed() {
    return indexed == 0 && unchanged == 0;
  }
}
