package org.igfatlas.analytics;

import static org.igfatlas.schema.IndexSchema.TEXT;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * Counts the occurrences of a query in passage text, document by document in increasing order within a segment:
 * each match of a term, each whole phrase, overlapping matches once. A word and an exact phrase (the usual trend
 * queries) are counted from the postings of one pass over the segment; any other query through Lucene's Matches
 * API, which re-opens the query's postings for every document and is several times slower.
 */
abstract class MentionCounter {
  /** Counts of one segment; {@link #count} is called with increasing document numbers. */
  interface Leaf {
    long count(int doc) throws IOException;
  }

  abstract Leaf leaf(LeafReaderContext leaf) throws IOException;

  /** A query whose matches include every passage {@code query} matches, cheap to run; counts decide the rest. */
  Query candidates(Query query) {
    return query;
  }

  /** The counter for {@code query}, rewritten against {@code searcher}. */
  static MentionCounter of(IndexSearcher searcher, Query query) throws IOException {
    Query q = searcher.rewrite(query);
    if (q instanceof TermQuery tq && tq.getTerm().field().equals(TEXT)) return new Phrase(new Term[] {tq.getTerm()}, new int[] {0});
    if (q instanceof PhraseQuery pq && pq.getField() != null && pq.getField().equals(TEXT) && pq.getSlop() == 0
        && pq.getTerms().length > 0) {
      return new Phrase(pq.getTerms(), pq.getPositions());
    }
    return new ByMatches(searcher.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1f));
  }

  /** Occurrences in passage text from Lucene's Matches: each match of a term, each whole phrase; overlaps once. */
  static long countMatches(Matches matches) throws IOException {
    if (matches == null) return 0;
    MatchesIterator it = matches.getMatches(TEXT);
    if (it == null) return 0;
    long n = 0;
    int lastEnd = -1;
    while (it.next()) {
      if (it.startPosition() > lastEnd) {
        n++;
        lastEnd = it.endPosition();
      }
    }
    return n;
  }

  private static final class ByMatches extends MentionCounter {
    private final Weight weight;

    ByMatches(Weight weight) {
      this.weight = weight;
    }

    @Override
    Leaf leaf(LeafReaderContext leaf) {
      return doc -> countMatches(weight.matches(leaf, doc));
    }
  }

  /** A word (one term) or an exact phrase: terms at fixed relative positions, read from the positions postings. */
  private static final class Phrase extends MentionCounter {
    private final Term[] terms;
    private final int[] offsets;
    private final int span;

    Phrase(Term[] terms, int[] positions) {
      this.terms = terms;
      int min = Arrays.stream(positions).min().orElse(0);
      this.offsets = Arrays.stream(positions).map(p -> p - min).toArray();
      this.span = Arrays.stream(offsets).max().orElse(0);
    }

    @Override
    Query candidates(Query query) {
      if (terms.length < 2) return query;
      org.apache.lucene.search.BooleanQuery.Builder all = new org.apache.lucene.search.BooleanQuery.Builder();
      for (Term t : terms) all.add(new TermQuery(t), org.apache.lucene.search.BooleanClause.Occur.FILTER);
      return all.build();
    }

    @Override
    Leaf leaf(LeafReaderContext leaf) throws IOException {
      Terms field = leaf.reader().terms(TEXT);
      if (field == null) return doc -> 0;
      PostingsEnum[] postings = new PostingsEnum[terms.length];
      TermsEnum te = field.iterator();
      for (int i = 0; i < terms.length; i++) {
        if (!te.seekExact(terms[i].bytes())) return doc -> 0;
        postings[i] = te.postings(null, terms.length == 1 ? PostingsEnum.FREQS : PostingsEnum.POSITIONS);
      }
      if (terms.length == 1) {
        PostingsEnum p = postings[0];
        return doc -> (p.docID() < doc ? p.advance(doc) : p.docID()) == doc ? p.freq() : 0;
      }
      int[][] positions = new int[terms.length][];
      int[] counts = new int[terms.length];
      return doc -> {
        for (int i = 0; i < postings.length; i++) {
          PostingsEnum p = postings[i];
          if ((p.docID() < doc ? p.advance(doc) : p.docID()) != doc) return 0;
          int f = p.freq();
          if (positions[i] == null || positions[i].length < f) positions[i] = new int[Math.max(f, 16)];
          for (int k = 0; k < f; k++) positions[i][k] = p.nextPosition();
          counts[i] = f;
        }
        return countPhrases(positions, counts);
      };
    }

    /** Phrase starts where every term is at its offset (positions sorted ascending per term); overlaps once. */
    private long countPhrases(int[][] positions, int[] counts) {
      long n = 0;
      int lastEnd = -1;
      int[] cursor = new int[positions.length];
      for (int k = 0; k < counts[0]; k++) {
        int start = positions[0][k] - offsets[0];
        if (start < 0 || start <= lastEnd) continue;
        boolean all = true;
        for (int i = 1; i < positions.length && all; i++) {
          int want = start + offsets[i];
          while (cursor[i] < counts[i] && positions[i][cursor[i]] < want) cursor[i]++;
          all = cursor[i] < counts[i] && positions[i][cursor[i]] == want;
        }
        if (all) {
          n++;
          lastEnd = start + span;
        }
      }
      return n;
    }
  }
}
