package org.igfatlas.search;

import static org.igfatlas.schema.IndexSchema.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.document.IntPoint;
import org.igfatlas.schema.IndexSchema;

/**
 * Answers searches and document look-ups from the index. Opens the index read-only and picks up new commits
 * (a re-index running beside the server) on the next request, without a restart. What it does itself: the reader
 * and its refresh, paging checks, the search with multi-select facets, and the filters analytics start from; the
 * rest is delegated: {@link BestPassages} (a document's best passages for {@code unit=document}), {@link Snippets}
 * (highlighting and escaping), {@link StoredHits} (stored fields to hits), {@link DocumentReader} (the reader's
 * view of a document), {@link Boilerplate} (what analytics leave out).
 */
public final class AtlasSearcher implements Closeable {
  private static final ObjectMapper JSON = org.igfatlas.schema.Resources.JSON;

  private final SearcherManager manager;
  private final Analyzer analyzer = IndexSchema.analyzer();
  private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
  private final AtlasQueryParser parser = new AtlasQueryParser(analyzer);
  private volatile FacetStates facetStates;

  static {
    IndexSearcher.setMaxClauseCount(Limits.MAX_CLAUSES);
  }

  public AtlasSearcher(Path indexDir) throws IOException {
    this.manager = new SearcherManager(FSDirectory.open(indexDir), new SearcherFactory());
  }

  /** Counts of documents and passages in the index. */
  public record Health(long documents, long passages) {}

  public Health health() {
    return withSearcher(s -> new Health(s.count(kind(KIND_DOCUMENT)), s.count(kind(KIND_PASSAGE))));
  }

  public SearchResponse search(SearchRequest req) {
    long t0 = System.nanoTime();
    validatePaging(req);
    List<String> facetDims = req.facets().isEmpty() ? DEFAULT_FACETS : req.facets();
    facetDims.forEach(AtlasSearcher::checkFacet);
    req.filters().keySet().forEach(AtlasSearcher::checkFacet);
    Query text = parser.parse(req.q());
    boolean docs = req.unit() == SearchRequest.Unit.DOCUMENT;
    String kind = switch (req.unit()) {
      case DOCUMENT -> KIND_DOCUMENT;
      case RECOMMENDATION -> KIND_RECOMMENDATION;
      case PASSAGE -> KIND_PASSAGE;
    };
    return withSearcher(searcher -> {
      Query checked = AtlasQueryParser.rewrite(searcher, text);
      BooleanQuery.Builder bq = new BooleanQuery.Builder()
          .add(checked, BooleanClause.Occur.MUST)
          .add(kind(kind), BooleanClause.Occur.FILTER);
      // a disclaimer or a sentence repeated across many documents is never a recommendation
      if (req.unit() == SearchRequest.Unit.RECOMMENDATION) bq.add(boilerplate.query(searcher), BooleanClause.Occur.MUST_NOT);
      if (req.minStrength() > 0) {
        bq.add(IntPoint.newRangeQuery(STRENGTH, (int) Math.ceil(req.minStrength() * 100 - 1e-9), Integer.MAX_VALUE), BooleanClause.Occur.FILTER);
      }
      Query base = bq.build();
      int window = req.page() * req.size();
      Sort sort = switch (req.sort()) {
        case RELEVANCE -> null;
        case STRENGTH -> new Sort(new SortField(STRENGTH, SortField.Type.INT, true), SortField.FIELD_SCORE);
        default -> new Sort(new SortField(YEAR, SortField.Type.INT, req.sort() == SearchRequest.SortOrder.YEAR_DESC), SortField.FIELD_SCORE);
      };
      MultiSelect.Result r = new MultiSelect(facetStates(searcher)).search(searcher, base, req.filters(), window, sort);
      ScoreDoc[] pageDocs = slice(r.top().scoreDocs, (req.page() - 1) * req.size(), req.size());
      List<SearchResponse.Hit> hits = docs
          ? documentHits(searcher, text, req.filters(), pageDocs)
          : passageHits(searcher, text, pageDocs);
      Map<String, List<SearchResponse.FacetValue>> facets = new LinkedHashMap<>();
      for (String dim : facetDims) facets.put(dim, facetValues(r.counts().top(dim, facetDims, Limits.MAX_FACET_VALUES)));
      return new SearchResponse(req.q(), req.unit().name().toLowerCase(java.util.Locale.ROOT), r.total(), req.page(),
          req.size(), hits, facets, (System.nanoTime() - t0) / 1_000_000, null);
    });
  }

  /** The paging limits every backend applies (a 400 past them). */
  public static void validatePaging(SearchRequest req) {
    if (req.size() < 1 || req.size() > Limits.MAX_PAGE_SIZE) {
      throw new BadRequestException("size must be between 1 and " + Limits.MAX_PAGE_SIZE);
    }
    if (req.page() < 1) throw new BadRequestException("page must be 1 or more");
    if ((long) req.page() * req.size() > Limits.MAX_RESULT_WINDOW) {
      throw new BadRequestException("page * size must be at most " + Limits.MAX_RESULT_WINDOW + "; narrow the query instead");
    }
  }

  private static void checkFacet(String dim) {
    if (IndexSchema.facet(dim) == null) {
      throw new BadRequestException("unknown facet field '" + dim + "'; known: "
          + IndexSchema.FACETS.stream().map(IndexSchema.Facet::name).toList());
    }
  }

  private List<SearchResponse.Hit> passageHits(IndexSearcher searcher, Query text, ScoreDoc[] page) throws IOException {
    String[] snippets = Snippets.ofHits(searcher, analyzer, text, page, 2);
    StoredFields stored = searcher.storedFields();
    List<SearchResponse.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document d = stored.document(page[i].doc);
      hits.add(StoredHits.hit(d, snippets[i], page[i].score, null));
    }
    return hits;
  }

  private List<SearchResponse.Hit> documentHits(IndexSearcher searcher, Query text, Map<String, List<String>> filters,
                                                ScoreDoc[] page) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<Document> docs = new ArrayList<>(page.length);
    List<String> ids = new ArrayList<>(page.length);
    for (ScoreDoc sd : page) {
      Document doc = stored.document(sd.doc);
      docs.add(doc);
      ids.add(doc.get(DOC_ID));
    }
    // the best matching passages of every document on the page, in one search
    Query inDocs = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
        .add(kind(KIND_PASSAGE), BooleanClause.Occur.FILTER)
        .add(new TermInSetQuery(DOC_ID, ids.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER).build();
    DrillDownQuery ddq = new DrillDownQuery(facetsConfig, inDocs);
    filters.forEach((field, values) -> values.forEach(v -> ddq.add(field, v)));
    Map<String, List<ScoreDoc>> best = searcher.search(ddq, new BestPassages(Limits.PASSAGES_PER_DOCUMENT));
    List<ScoreDoc> shown = new ArrayList<>();
    for (String id : ids) {
      List<ScoreDoc> b = best.get(id);
      if (b == null || b.isEmpty()) { // the match spans passages (e.g. AND of words said in different turns): show the first
        TopDocs first = searcher.search(new BooleanQuery.Builder().add(kind(KIND_PASSAGE), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(DOC_ID, id)), BooleanClause.Occur.FILTER).build(), 1,
            new Sort(new SortField(ORDINAL, SortField.Type.INT)));
        b = List.of(first.scoreDocs);
        best.put(id, b);
      }
      shown.addAll(b);
    }
    String[] snippets = Snippets.ofHits(searcher, analyzer, text, shown.toArray(new ScoreDoc[0]), 2);
    List<SearchResponse.Hit> hits = new ArrayList<>(page.length);
    int k = 0;
    for (int i = 0; i < page.length; i++) {
      List<SearchResponse.PassageHit> passages = new ArrayList<>();
      Document top = null;
      for (ScoreDoc sd : best.get(ids.get(i))) {
        Document p = stored.document(sd.doc);
        if (top == null) top = p;
        passages.add(new SearchResponse.PassageHit(p.get(PASSAGE_ID), p.getField(ORDINAL).numericValue().intValue(),
            p.get(SPEAKER), snippets[k++]));
      }
      hits.add(StoredHits.hit(docs.get(i), top == null ? docs.get(i) : top, passages.isEmpty() ? null : passages.get(0).snippet(),
          page[i].score, passages));
    }
    return hits;
  }

  private static List<SearchResponse.FacetValue> facetValues(FacetResult fr) {
    if (fr == null) return List.of();
    List<SearchResponse.FacetValue> out = new ArrayList<>(fr.labelValues.length);
    for (LabelAndValue lv : fr.labelValues) out.add(new SearchResponse.FacetValue(lv.label, lv.value.longValue()));
    return out;
  }

  /** A document with its passages in order; with {@code q}, matching passages are marked and highlighted. */
  public DocumentView document(String docId, String q) {
    return document(docId, q, 0, DocumentView.DEFAULT_PAGE);
  }

  /**
   * One document with its passages {@code from} (an ordinal) to {@code from + size}: a long document comes in pages,
   * never as one answer of many megabytes. {@link DocumentView#passageCount()} says how many there are.
   */
  public DocumentView document(String docId, String q, int from, int size) {
    if (from < 0) throw new BadRequestException("from must be 0 or more");
    if (size < 1 || size > DocumentView.MAX_PAGE) throw new BadRequestException("size must be between 1 and " + DocumentView.MAX_PAGE);
    Query text = q == null || q.isBlank() ? null : parser.parse(q);
    return withSearcher(searcher -> documents.read(searcher, docId, text, from, size));
  }

  private final DocumentReader documents = new DocumentReader(analyzer);

  private static TermQuery kind(String kind) {
    return new TermQuery(new Term(KIND, kind));
  }

  private static ScoreDoc[] slice(ScoreDoc[] all, int from, int n) {
    if (from >= all.length) return new ScoreDoc[0];
    return Arrays.copyOfRange(all, from, Math.min(all.length, from + n));
  }

  /** Facet ordinals are per reader: rebuilt when a refresh brings a new reader. */
  private FacetStates facetStates(IndexSearcher searcher) {
    FacetStates s = facetStates;
    if (s == null || s.reader() != searcher.getIndexReader()) {
      s = new FacetStates(searcher.getIndexReader(), facetsConfig);
      facetStates = s;
    }
    return s;
  }

  /**
   * All values of facet {@code dim} with their counts over the entries of {@code kind} matching {@code text} and
   * {@code filters}, the dimension's own filter ignored as in search (null when none).
   */
  public FacetResult countAll(Query text, String kind, Map<String, List<String>> filters, String dim) {
    checkFacet(dim);
    filters.keySet().forEach(AtlasSearcher::checkFacet);
    return withSearcher(searcher -> {
      Query base = new BooleanQuery.Builder().add(AtlasQueryParser.rewrite(searcher, text), BooleanClause.Occur.MUST)
          .add(kind(kind), BooleanClause.Occur.FILTER).build();
      return new MultiSelect(facetStates(searcher)).counts(searcher, base, filters).top(dim, List.of(dim), Integer.MAX_VALUE);
    });
  }

  /** Work done with an acquired searcher (analytics run on the same refreshed reader as search). */
  @FunctionalInterface
  public interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code f} on the current searcher, refreshed first if a new commit is there. */
  public <T> T read(SearcherFunction<T> f) {
    return withSearcher(f);
  }

  /** Entries of {@code kind} that pass {@code filters} (OR within a field, AND across fields); fields are checked. */
  public Query filtered(String kind, Map<String, List<String>> filters) {
    filters.keySet().forEach(AtlasSearcher::checkFacet);
    DrillDownQuery ddq = new DrillDownQuery(facetsConfig, kind(kind));
    filters.forEach((field, values) -> values.forEach(v -> ddq.add(field, v)));
    return ddq;
  }

  /**
   * The passages analytics count (trends, keyness, NRI priorities): those {@link #filtered} by the filters, less
   * boilerplate (captioning preambles, notices, text repeated verbatim in more than
   * {@value Boilerplate#MAX_DOCUMENTS} documents).
   */
  public Query analysedPassages(Map<String, List<String>> filters) {
    Query f = filtered(KIND_PASSAGE, filters);
    Query b = withSearcher(boilerplate::query);
    return new BooleanQuery.Builder().add(f, BooleanClause.Occur.FILTER).add(b, BooleanClause.Occur.MUST_NOT).build();
  }

  private final Boilerplate boilerplate = new Boilerplate();

  public AtlasQueryParser parser() {
    return parser;
  }

  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** Throws a 400 for a field that is not a facet. */
  public static void requireFacet(String dim) {
    checkFacet(dim);
  }

  /** Checks for a new commit at most this often (a check lists the index folder). */
  static final long REFRESH_NANOS = 1_000_000_000L;
  private volatile long lastRefresh;

  private <T> T withSearcher(SearcherFunction<T> f) {
    try {
      long now = System.nanoTime();
      if (now - lastRefresh > REFRESH_NANOS) {
        lastRefresh = now;
        manager.maybeRefresh();
      }
      IndexSearcher searcher = manager.acquire();
      try {
        return f.apply(searcher);
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    manager.close();
  }
}
