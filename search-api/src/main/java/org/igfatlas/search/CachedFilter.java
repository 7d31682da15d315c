package org.igfatlas.search;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.igfatlas.schema.IndexSchema;

/**
 * A facet filter ("docKind is transcript or messages") as a bit set per segment of one reader, built once from the
 * dimension's drill-down terms and then shared by every search on that reader. {@link MultiSelect} intersects the
 * hits with these filters for every facet count: on a bit set each check is a word look-up, on the term's postings a
 * block decode and skip. Lucene's own query cache never caches term queries, which is why this is done here.
 */
final class CachedFilter extends Query {
  private final IndexReader reader;
  private final String dim;
  private final List<String> values;
  private final FixedBitSet[] bits;
  private final int[] cardinality;

  private CachedFilter(IndexReader reader, String dim, List<String> values, FixedBitSet[] bits, int[] cardinality) {
    this.reader = reader;
    this.dim = dim;
    this.values = values;
    this.bits = bits;
    this.cardinality = cardinality;
  }

  /** Entries of {@code reader} with any of {@code values} in facet {@code dim} (deleted ones included: searches skip them). */
  static CachedFilter build(IndexReader reader, String dim, List<String> values) throws IOException {
    FixedBitSet[] bits = new FixedBitSet[reader.leaves().size()];
    int[] cardinality = new int[bits.length];
    String field = IndexSchema.facetField(dim);
    for (LeafReaderContext leaf : reader.leaves()) {
      FixedBitSet b = new FixedBitSet(leaf.reader().maxDoc());
      for (String v : values) {
        PostingsEnum p = leaf.reader().postings(new Term(field, FacetsConfig.pathToString(dim, new String[] {v})), PostingsEnum.NONE);
        if (p == null) continue;
        for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) b.set(d);
      }
      bits[leaf.ord] = b;
      cardinality[leaf.ord] = b.cardinality();
    }
    return new CachedFilter(reader, dim, List.copyOf(values), bits, cardinality);
  }

  /** The entries of segment {@code leafOrd} that pass (deleted ones included). */
  FixedBitSet bits(int leafOrd) {
    return bits[leafOrd];
  }

  /** Memory held: one bit per entry of the reader. */
  long bytes() {
    long n = 0;
    for (FixedBitSet b : bits) n += b.length() / 8;
    return n;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    if (searcher.getIndexReader() != reader) throw new IllegalStateException("filter built for another reader");
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) {
        FixedBitSet b = bits[context.ord];
        if (b == null || cardinality[context.ord] == 0) return null;
        return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(b, cardinality[context.ord])));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false; // already a bit set
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "filter(" + dim + ":" + values + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && ((CachedFilter) o).reader == reader && ((CachedFilter) o).dim.equals(dim)
        && ((CachedFilter) o).values.equals(values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), System.identityHashCode(reader), dim, values);
  }
}
