package org.igfatlas.search;

import static org.igfatlas.schema.IndexSchema.TEXT;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Passage text as HTML, escaped, with the query's matches in {@code <mark>}: short snippets of hits, or whole passages
 * for the reader. Both use Lucene's unified highlighter on the offsets stored in the postings.
 */
public final class Snippets {
  private Snippets() {}

  /** Up to {@code maxPassages} sentences of each hit's text holding matches, joined by " … ". */
  static String[] ofHits(IndexSearcher searcher, Analyzer analyzer, Query text, ScoreDoc[] docs, int maxPassages) throws IOException {
    if (docs.length == 0) return new String[0];
    UnifiedHighlighter uh = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(20_000).withMaxNoHighlightPassages(1).withHighlightPhrasesStrictly(true).build();
    TopDocs td = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
    return uh.highlight(TEXT, text, td, maxPassages);
  }

  /** Each passage's whole text with its matches marked (null for a passage without matches). */
  static String[] whole(IndexSearcher searcher, Analyzer analyzer, Query text, TopDocs passages) throws IOException {
    UnifiedHighlighter uh = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "", true))
        .withBreakIterator(WholeBreakIterator::new)
        .withMaxLength(Integer.MAX_VALUE - 1).withMaxNoHighlightPassages(1).withHighlightPhrasesStrictly(true).build();
    return uh.highlight(TEXT, text, passages, 1);
  }

  /** Text as HTML: the characters that could open markup or an attribute escaped. */
  public static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        case '/' -> out.append("&#x2F;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
