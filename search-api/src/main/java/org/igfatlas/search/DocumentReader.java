package org.igfatlas.search;

import static org.igfatlas.schema.IndexSchema.*;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.igfatlas.schema.Resources;

/**
 * The reader's view of one document ({@code /api/documents/{id}}): its metadata, tag evidence and sources, and a
 * page of its passages in order, those matching the query marked and highlighted whole.
 */
public final class DocumentReader {
  private final Analyzer analyzer;

  DocumentReader(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Passages {@code from} (an ordinal) to {@code from + size} of {@code docId}; {@code text} may be null. */
  DocumentView read(IndexSearcher searcher, String docId, Query text, int from, int size) throws IOException {
    StoredFields stored = searcher.storedFields();
    TopDocs docHit = searcher.search(new BooleanQuery.Builder().add(kind(KIND_DOCUMENT), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(DOC_ID, docId)), BooleanClause.Occur.FILTER).build(), 1);
    if (docHit.scoreDocs.length == 0) throw new NotFoundException("no document with id '" + docId + "'");
    Document d = stored.document(docHit.scoreDocs[0].doc);
    Query inDoc = new BooleanQuery.Builder().add(kind(KIND_PASSAGE), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(DOC_ID, docId)), BooleanClause.Occur.FILTER).build();
    int passageCount = searcher.count(inDoc);
    int n = Math.max(1, passageCount);
    TopDocs all = searcher.search(inDoc, (int) Math.min(n, (long) from + size), new Sort(new SortField(ORDINAL, SortField.Type.INT)));
    ScoreDoc[] page = from >= all.scoreDocs.length ? new ScoreDoc[0]
        : Arrays.copyOfRange(all.scoreDocs, from, Math.min(all.scoreDocs.length, from + size));
    TopDocs passages = new TopDocs(all.totalHits, page);
    String[] html = new String[passages.scoreDocs.length];
    Set<Integer> hitDocs = new HashSet<>();
    if (text != null) {
      Query matching = new BooleanQuery.Builder().add(AtlasQueryParser.rewrite(searcher, text), BooleanClause.Occur.MUST)
          .add(inDoc, BooleanClause.Occur.FILTER).build();
      for (ScoreDoc sd : searcher.search(matching, n).scoreDocs) hitDocs.add(sd.doc);
      if (page.length > 0) html = Snippets.whole(searcher, analyzer, text, passages);
    }
    List<Document> stored_ = new ArrayList<>();
    boolean[] hit = new boolean[passages.scoreDocs.length];
    for (int i = 0; i < passages.scoreDocs.length; i++) {
      stored_.add(stored.document(passages.scoreDocs[i].doc));
      hit[i] = hitDocs.contains(passages.scoreDocs[i].doc);
    }
    return view(docId, d, stored_, html, hit, passageCount, from, sources(searcher, docId, d.get(SOURCE)));
  }

  /**
   * The reader's view from stored fields, whichever backend read them: the document entry {@code d}, a page of its
   * passage entries, each passage's highlighted HTML (null: none) and whether it matched.
   */
  public static DocumentView view(String docId, Document d, List<Document> passages, String[] html, boolean[] hit,
                                  int passageCount, int from, List<String> sources) throws IOException {
    List<DocumentView.PassageView> views = new ArrayList<>();
    for (int i = 0; i < passages.size(); i++) {
      Document p = passages.get(i);
      String t = p.get(TEXT);
      views.add(new DocumentView.PassageView(p.get(PASSAGE_ID), p.getField(ORDINAL).numericValue().intValue(),
          p.get(PASSAGE_KIND), p.get(SPEAKER), p.get(SPEAKER_LABEL), p.get(SECTION), t,
          hit[i] && html[i] != null ? html[i] : Snippets.escape(t), hit[i], p.getField(START).numericValue().intValue(),
          p.getField(END).numericValue().intValue(), Arrays.asList(p.getValues(NOTES))));
    }
    List<Map<String, Object>> evidence = Resources.JSON.readValue(d.get(EVIDENCE), new TypeReference<>() {});
    return new DocumentView(docId, d.get(TITLE), d.get(PATH), d.get(SOURCE), d.get(FORMAT), d.get(MEDIA_TYPE),
        d.get(LANGUAGE), StoredHits.year(d), d.get(MEETING), d.get(SESSION_TYPE), d.get(DOC_KIND),
        Arrays.asList(d.getValues(TRACK)), Arrays.asList(d.getValues(THEME)), d.get(NRI), d.get(NRI_REGION),
        d.get(NRI_KIND), Arrays.asList(d.getValues(SPEAKER)), d.getField(TOKENS).numericValue().intValue(), d.get(CONTENT_HASH),
        evidence, Arrays.asList(d.getValues(WARNINGS)), views, passageCount, from, sources);
  }

  /** Where the document's content was found: its own source, then those of its mirrors (same content, other path). */
  private static List<String> sources(IndexSearcher searcher, String docId, String own) throws IOException {
    List<String> out = new ArrayList<>(List.of(own));
    Query mirrors = new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, KIND_ALIAS)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(ALIAS_OF, docId)), BooleanClause.Occur.FILTER).build();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(mirrors, 1000).scoreDocs) {
      String s = stored.document(sd.doc, Set.of(SOURCE)).get(SOURCE);
      if (!out.contains(s)) out.add(s);
    }
    return out;
  }

  private static TermQuery kind(String kind) {
    return new TermQuery(new Term(KIND, kind));
  }
}
