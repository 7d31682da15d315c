package org.igfatlas.analytics;

import static org.igfatlas.schema.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.igfatlas.search.AtlasSearcher;
import org.igfatlas.search.BadRequestException;

/**
 * The words most distinctive of a subset of passages against the rest (or against a reference subset): Dunning's
 * log-likelihood (G2) with the log ratio as effect size. Word counts come from the passages' term vectors of the
 * {@code words} field (unstemmed, stop words removed); captioning boilerplate (transcript preambles) is not in it.
 */
public final class Keyness {
  /** One distinctive word: its counts in the target and the reference, G2 and log2 ratio of relative frequencies. */
  public record Keyword(String term, long target, long reference, double logLikelihood, double logRatio) {}

  public record Response(Map<String, List<String>> filter, Map<String, List<String>> reference, long targetTokens,
                         long referenceTokens, String method, String indexVersion, List<Keyword> keywords) {}

  public static final int MIN_COUNT = 3;
  private final AtlasSearcher searcher;
  private final ResultCache<Response> cache = new ResultCache<>(64);
  private final ResultCache<Map<String, Long>> totals = new ResultCache<>(2);

  public Keyness(AtlasSearcher searcher) {
    this.searcher = searcher;
  }

  public Response keywords(Map<String, List<String>> filter, Map<String, List<String>> reference, int top) {
    if (filter.isEmpty()) throw new BadRequestException("give the subset with filter=field:value");
    if (top < 1 || top > 500) throw new BadRequestException("top must be between 1 and 500");
    Query target = searcher.analysedPassages(filter);
    Query ref = reference.isEmpty() ? null : searcher.analysedPassages(reference);
    return searcher.read(s -> {
      String version = "v" + ((DirectoryReader) s.getIndexReader()).getVersion();
      String key = version + "|" + filter + "|" + reference + "|" + top;
      return cache.getOrCompute(key, () -> compute(s, target, ref, filter, reference, top, version));
    });
  }

  private Response compute(IndexSearcher s, Query target, Query ref, Map<String, List<String>> filter,
                           Map<String, List<String>> reference, int top, String version) throws IOException {
    Sample ts = counts(s, target);
    Map<String, Long> t = ts.counts();
    Map<String, Long> r;
    if (ref != null) {
      r = counts(s, ref).counts();
    } else { // the rest: the whole index's counts (postings statistics) minus the target
      Map<String, Long> all = totals.getOrCompute(version, () -> totalCounts(s));
      r = new HashMap<>(all);
      t.forEach((term, n) -> r.merge(term, -Math.round(n * ts.scale()), Long::sum)); // scale 1 unless sampled
    }
    long tn = t.values().stream().mapToLong(Long::longValue).sum();
    long rn = r.values().stream().mapToLong(Long::longValue).sum();
    List<Keyword> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : t.entrySet()) {
      long a = e.getValue();
      long b = Math.max(0, r.getOrDefault(e.getKey(), 0L));
      if (a < MIN_COUNT || tn == 0 || rn == 0) continue;
      if (a / (double) tn <= b / (double) rn) continue; // over-represented in the target only
      out.add(new Keyword(e.getKey(), a, b, round(g2(a, b, tn, rn)), round(logRatio(a, b, tn, rn))));
    }
    out.sort((x, y) -> Double.compare(y.logLikelihood(), x.logLikelihood()));
    String sampled = ts.scale() == 1.0 ? "" : "; the target was sampled (" + MAX_SAMPLE + " of its passages, every "
        + Math.round(ts.scale()) + "th) to bound the time";
    return new Response(filter, reference, tn, rn,
        "log-likelihood G2 (Dunning 1993) of each word's frequency in the target vs the reference; effect size = log2 of "
            + "the ratio of relative frequencies (0.5 added to zero counts); words seen fewer than " + MIN_COUNT + " times in the target are left out; "
            + "boilerplate passages (captioning notices, page chrome, text repeated verbatim in more than 5 documents) are "
            + "left out of the target and of a given reference" + sampled, version, out.subList(0, Math.min(top, out.size())));
  }

  /** Word counts of a subset and the factor by which a sample of it was thinned (1 when every passage was read). */
  private record Sample(Map<String, Long> counts, double scale) {}

  /** Passages read for a subset: larger subsets are read every n-th passage (a systematic sample). */
  static final int MAX_SAMPLE = 10_000;

  /** Dunning's log-likelihood for a word seen a times in n1 target tokens and b times in n2 reference tokens. */
  public static double g2(long a, long b, long n1, long n2) {
    double e1 = n1 * (a + b) / (double) (n1 + n2);
    double e2 = n2 * (a + b) / (double) (n1 + n2);
    double g = 0;
    if (a > 0) g += a * Math.log(a / e1);
    if (b > 0) g += b * Math.log(b / e2);
    return 2 * g;
  }

  public static double logRatio(long a, long b, long n1, long n2) {
    double fa = (a == 0 ? 0.5 : a) / (double) n1;
    double fb = (b == 0 ? 0.5 : b) / (double) n2;
    return Math.log(fa / fb) / Math.log(2);
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  /** Word frequencies of the whole index: each term's total frequency in {@code words}, from the postings statistics. */
  private static Map<String, Long> totalCounts(IndexSearcher s) throws IOException {
    Map<String, Long> out = new HashMap<>();
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(WORDS);
      if (terms == null) continue;
      TermsEnum te = terms.iterator();
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        String word = term.utf8ToString();
        if (word.length() < 2 || word.chars().allMatch(Character::isDigit)) continue;
        out.merge(word, te.totalTermFreq(), Long::sum);
      }
    }
    return out;
  }

  /** Word frequencies summed over the term vectors of the passages of {@code q}. */
  private static Sample counts(IndexSearcher s, Query q) throws IOException {
    Map<String, Long> out = new HashMap<>();
    int size = s.count(q);
    int step = Math.max(1, (int) Math.ceil(size / (double) MAX_SAMPLE));
    int seen = 0;
    Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      Scorer scorer = w.scorer(leaf);
      if (scorer == null) continue;
      TermVectors tv = leaf.reader().termVectors();
      DocIdSetIterator it = LiveDocs.of(leaf, scorer.iterator());
      TermsEnum te = null;
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (seen++ % step != 0) continue;
        Terms terms = tv.get(d, WORDS);
        if (terms == null) continue;
        te = terms.iterator();
        for (BytesRef term = te.next(); term != null; term = te.next()) {
          String word = term.utf8ToString();
          if (word.length() < 2 || word.chars().allMatch(Character::isDigit)) continue;
          out.merge(word, te.totalTermFreq(), Long::sum);
        }
      }
    }
    return new Sample(out, step);
  }
}
