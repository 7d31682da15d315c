package org.igfatlas.analytics;

import static org.igfatlas.schema.IndexSchema.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.igfatlas.search.AtlasQueryParser;
import org.igfatlas.search.AtlasSearcher;
import org.igfatlas.search.BadRequestException;

/**
 * Keyword in context: every match of a query in the filtered passages as a line (left context, match, right
 * context) with its citation. Match offsets come from the postings (offsets are indexed); the context is cut from
 * the stored passage text.
 */
public final class Concordance {
  public static final int MAX_LINES = 5_000;

  public record Line(String left, String match, String right, String docId, String passageId, int ordinal, String title,
                     Integer year, String speaker, String docKind, String sessionType) {}

  public record Response(String q, int width, String sort, long passages, int total, boolean truncated, List<Line> lines) {}

  public enum Order { LEFT, RIGHT, DOC }

  private final AtlasSearcher searcher;

  public Concordance(AtlasSearcher searcher) {
    this.searcher = searcher;
  }

  public Response lines(String q, int width, Order order, Map<String, List<String>> filters, int limit) {
    check(q, width, limit);
    Query query = searcher.parser().parse(q);
    Query filter = searcher.filtered(KIND_PASSAGE, filters);
    return searcher.read(s -> {
      Query rewritten = AtlasQueryParser.rewrite(s, query);
      Query both = new BooleanQuery.Builder().add(rewritten, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER).build();
      int passages = s.count(both);
      TopDocs top = s.search(both, Math.max(1, Math.min(passages, MAX_LINES)),
          new Sort(new SortField(YEAR, SortField.Type.INT), new SortField(DOC_ID, SortField.Type.STRING), new SortField(ORDINAL, SortField.Type.LONG)));
      Weight w = s.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
      List<Line> lines = new ArrayList<>();
      boolean truncated = false;
      outer:
      for (ScoreDoc sd : top.scoreDocs) {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
        Matches m = w.matches(leaf, sd.doc - leaf.docBase);
        MatchesIterator it = m == null ? null : m.getMatches(TEXT);
        if (it == null) continue;
        Document d = s.storedFields().document(sd.doc);
        String text = d.get(TEXT);
        int lastEnd = -1;
        while (it.next()) {
          int start = it.startOffset();
          int end = it.endOffset();
          if (start < 0 || start < lastEnd || end > text.length()) continue;
          lastEnd = end;
          if (lines.size() >= limit) {
            truncated = true;
            break outer;
          }
          lines.add(new Line(left(text, start, width), text.substring(start, end), right(text, end, width), d.get(DOC_ID),
              d.get(PASSAGE_ID), d.getField(ORDINAL).numericValue().intValue(), d.get(TITLE),
              d.getField(YEAR) == null ? null : d.getField(YEAR).numericValue().intValue(), d.get(SPEAKER), d.get(DOC_KIND),
              d.get(SESSION_TYPE)));
        }
      }
      return response(q, width, order, passages, lines, truncated);
    });
  }

  /** Checks a concordance request's parameters (the same for every backend). */
  public static void check(String q, int width, int limit) {
    if (q == null || q.isBlank() || q.strip().equals("*:*")) throw new BadRequestException("q is required: the word or phrase to look up");
    if (width < 10 || width > 300) throw new BadRequestException("width must be between 10 and 300 characters");
    if (limit < 1 || limit > MAX_LINES) throw new BadRequestException("size must be between 1 and " + MAX_LINES);
  }

  /** The answer: {@code lines} (in document order) sorted as asked. */
  public static Response response(String q, int width, Order order, long passages, List<Line> lines, boolean truncated) {
    Comparator<Line> cmp = switch (order) {
      case LEFT -> Comparator.comparing((Line l) -> reversedWords(l.left())).thenComparing(l -> l.match().toLowerCase(Locale.ROOT));
      case RIGHT -> Comparator.comparing((Line l) -> l.match().toLowerCase(Locale.ROOT)).thenComparing(l -> l.right().toLowerCase(Locale.ROOT));
      case DOC -> null;
    };
    if (cmp != null) lines.sort(cmp);
    return new Response(q, width, order.name().toLowerCase(Locale.ROOT), passages, lines.size(), truncated, lines);
  }

  /** Context before a match, whitespace collapsed, with an ellipsis when cut. */
  public static String left(String text, int start, int width) {
    int from = Math.max(0, start - width);
    return (from > 0 ? "…" : "") + text.substring(from, start).replaceAll("\\s+", " ");
  }

  /** Context after a match. */
  public static String right(String text, int end, int width) {
    int to = Math.min(text.length(), end + width);
    return text.substring(end, to).replaceAll("\\s+", " ") + (to < text.length() ? "…" : "");
  }

  /** Left-context sort key: the words before the match, nearest first. */
  static String reversedWords(String left) {
    String[] w = left.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+");
    StringBuilder sb = new StringBuilder();
    for (int i = w.length - 1; i >= 0; i--) sb.append(w[i]).append(' ');
    return sb.toString();
  }
}
