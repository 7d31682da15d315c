package org.igfatlas.search;

import static org.igfatlas.schema.IndexSchema.BOILERPLATE;
import static org.igfatlas.schema.IndexSchema.DOC_TEXT_KEYS;
import static org.igfatlas.schema.IndexSchema.TEXT_KEY;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Which entries are boilerplate: passages flagged when indexed (captioning preambles, short notices and lists) and
 * any passage or recommendation whose text is repeated verbatim in more than {@link #MAX_DOCUMENTS} documents (site
 * chrome, a footer, a notice the indexer does not know). The second needs the whole collection, so it is computed
 * here, once per index version, from the documents' {@code docTextKeys}. Boilerplate stays searchable; it is never a
 * recommendation and analytics (trends, keyness, NRI priorities) leave it out.
 */
final class Boilerplate {
  /** Text found in more documents than this is boilerplate. */
  static final int MAX_DOCUMENTS = 5;

  private record Cached(long version, Query query, int repeated) {}

  private volatile Cached cached;

  /** The query matching boilerplate entries in this searcher's index. */
  Query query(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    long version = reader instanceof DirectoryReader dr ? dr.getVersion() : -1;
    Cached c = cached;
    if (c == null || c.version() != version || version < 0) {
      List<BytesRef> repeated = repeatedKeys(searcher);
      Query q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(BOILERPLATE, "1")), BooleanClause.Occur.SHOULD)
          .add(new TermInSetQuery(TEXT_KEY, repeated), BooleanClause.Occur.SHOULD).build();
      c = new Cached(version, q, repeated.size());
      cached = c;
    }
    return c.query();
  }

  /** Keys of texts held by more than {@link #MAX_DOCUMENTS} live documents. */
  static List<BytesRef> repeatedKeys(IndexSearcher searcher) throws IOException {
    List<BytesRef> out = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), DOC_TEXT_KEYS);
    if (terms == null) return out;
    TermsEnum te = terms.iterator();
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      if (te.docFreq() <= MAX_DOCUMENTS) continue; // docFreq counts deleted entries too: an upper bound
      BytesRef key = BytesRef.deepCopyOf(t);
      if (searcher.count(new TermQuery(new Term(DOC_TEXT_KEYS, key))) > MAX_DOCUMENTS) out.add(key);
    }
    return out;
  }
}
