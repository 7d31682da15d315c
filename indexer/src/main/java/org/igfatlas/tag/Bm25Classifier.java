package org.igfatlas.tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Compares a document with a few labelled descriptions (a year's official tracks, the canonical themes) by BM25:
 * the descriptions are indexed in memory, the document's most frequent terms form the query, each boosted by
 * log(1 + tf). Scores are returned with their share of the total, the classifier's confidence.
 */
final class Bm25Classifier {
  /** A label, its BM25 score, and the score's share of all labels' scores. */
  record Scored(String label, double score, double share) {}

  private static final int QUERY_TERMS = 80;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexSearcher searcher;

  Bm25Classifier(Map<String, String> descriptions) {
    try {
      ByteBuffersDirectory dir = new ByteBuffersDirectory();
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (Map.Entry<String, String> e : descriptions.entrySet()) {
          Document d = new Document();
          d.add(new StringField("label", e.getKey(), Field.Store.YES));
          d.add(new TextField("text", e.getValue(), Field.Store.NO));
          w.addDocument(d);
        }
      }
      searcher = new IndexSearcher(DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Scored> classify(String text) {
    Map<String, Integer> tf = new HashMap<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) tf.merge(term.toString(), 1, Integer::sum);
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    tf.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(QUERY_TERMS)
        .forEach(e -> q.add(new BoostQuery(new TermQuery(new Term("text", e.getKey())), (float) Math.log1p(e.getValue())),
            BooleanClause.Occur.SHOULD));
    try {
      ScoreDoc[] hits = searcher.search(q.build(), 50).scoreDocs;
      double total = 0;
      for (ScoreDoc h : hits) total += h.score;
      List<Scored> out = new ArrayList<>();
      for (ScoreDoc h : hits) {
        out.add(new Scored(searcher.storedFields().document(h.doc).get("label"), h.score, total == 0 ? 0 : h.score / total));
      }
      out.sort(Comparator.comparingDouble(Scored::score).reversed());
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
