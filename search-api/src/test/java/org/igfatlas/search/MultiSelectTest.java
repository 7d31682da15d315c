package org.igfatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.igfatlas.schema.IndexSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Multi-select search on bit sets ({@link MultiSelect} over {@link FacetStates}: ordinal arrays for single-valued
 * dimensions, doc values for the others, cached filter bit sets) against the definition computed by Lucene itself
 * (drill-down terms, {@link SortedSetDocValuesFacetCounts}, its own ranking and sorting), on an index of several
 * segments with deleted entries and entries without a value, for a word and for a phrase.
 */
class MultiSelectTest {
  static ByteBuffersDirectory dir = new ByteBuffersDirectory();
  static DirectoryReader reader;
  static final FacetsConfig CONFIG = IndexSchema.facetsConfig();
  static final String[] KINDS = {"transcript", "session_report", "messages", "nri_report"};
  static final String[] THEMES = {"data", "inclusion", "trust", "environment", "governance"};

  @BeforeAll
  static void index() throws Exception {
    Random rnd = new Random(11);
    IndexWriterConfig iwc = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter w = new IndexWriter(dir, iwc)) {
      for (int seg = 0; seg < 4; seg++) {
        for (int i = 0; i < 300; i++) {
          Document d = new Document();
          d.add(new StringField("id", seg + "-" + i, Field.Store.NO));
          d.add(new StringField("word", rnd.nextBoolean() ? "a" : "b", Field.Store.NO));
          d.add(new org.apache.lucene.document.TextField("body", rnd.nextBoolean() ? "alpha beta gamma" : "beta alpha beta alpha", Field.Store.NO));
          if (rnd.nextInt(10) > 0) {
            int year = 2006 + rnd.nextInt(20 - seg * 3);
            d.add(new SortedSetDocValuesFacetField(IndexSchema.YEAR, Integer.toString(year)));
            d.add(new org.apache.lucene.document.NumericDocValuesField("yearValue", year));
          }
          d.add(new SortedSetDocValuesFacetField(IndexSchema.DOC_KIND, KINDS[rnd.nextInt(KINDS.length - (seg == 0 ? 1 : 0))]));
          for (int t = 0; t < rnd.nextInt(3); t++) d.add(new SortedSetDocValuesFacetField(IndexSchema.THEME, THEMES[rnd.nextInt(THEMES.length)]));
          w.addDocument(CONFIG.build(d));
        }
        w.commit();
      }
      for (int i = 0; i < 300; i += 7) w.deleteDocuments(new Term("id", "1-" + i));
      w.commit();
    }
    reader = DirectoryReader.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
  }

  static List<String> labels(FacetResult r) {
    List<String> out = new ArrayList<>();
    if (r != null) for (var lv : r.labelValues) out.add(lv.label + "=" + lv.value);
    return out;
  }

  static FacetResult lucene(IndexSearcher s, Query q, String dim, int topN) throws Exception {
    var fc = s.search(q, new FacetsCollectorManager());
    var state = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetField(dim), CONFIG);
    return new SortedSetDocValuesFacetCounts(state, fc).getTopChildren(topN, dim);
  }

  /** The definition of multi-select counts: base AND every filter except the dimension's own, counted by Lucene. */
  static List<String> expected(IndexSearcher s, Query base, java.util.Map<String, List<String>> filters, String dim) throws Exception {
    DrillDownQuery q = new DrillDownQuery(CONFIG, base);
    filters.forEach((d, values) -> {
      if (!d.equals(dim)) values.forEach(v -> q.add(d, v));
    });
    return labels(lucene(s, q, dim, 100));
  }

  @Test
  void bitSetMultiSelectCountsWhatTheDefinitionCounts() throws Exception {
    IndexSearcher s = new IndexSearcher(reader);
    FacetStates states = new FacetStates(reader, CONFIG);
    List<String> dims = List.of(IndexSchema.YEAR, IndexSchema.DOC_KIND, IndexSchema.THEME);
    for (Query base : List.of(new TermQuery(new Term("word", "a")), new org.apache.lucene.search.PhraseQuery("body", "alpha", "beta"))) {
    assertEquals(base instanceof org.apache.lucene.search.PhraseQuery, MultiSelect.positional(base));
    List<java.util.Map<String, List<String>>> cases = List.of(
        java.util.Map.of(),
        java.util.Map.of(IndexSchema.DOC_KIND, List.of("messages")),
        java.util.Map.of(IndexSchema.DOC_KIND, List.of("transcript", "nri_report"), IndexSchema.THEME, List.of("data")),
        java.util.Map.of(IndexSchema.YEAR, List.of("2010", "2011"), IndexSchema.THEME, List.of("trust", "governance")));
    for (var filters : cases) {
      MultiSelect.Result r = new MultiSelect(states).search(s, base, filters, 30, null);
      DrillDownQuery all = new DrillDownQuery(CONFIG, base);
      filters.forEach((d, values) -> values.forEach(v -> all.add(d, v)));
      assertEquals(s.count(all), r.total(), "exact total without deleted entries, " + filters);
      TopDocsCheck.sameRanking(s.search(all, 30), r.top());
      org.junit.jupiter.api.Assertions.assertSame(states.filter(IndexSchema.THEME, List.of("data")),
          states.filter(IndexSchema.THEME, List.of("data")), "a filter is built once per reader");
      for (String dim : dims) {
        assertEquals(expected(s, base, filters, dim), labels(r.counts().top(dim, dims, 100)), dim + " with " + filters);
        List<String> top3 = expected(s, base, filters, dim);
        assertEquals(top3.subList(0, Math.min(3, top3.size())), labels(r.counts().top(dim, dims, 3)), "top 3 of " + dim);
      }
      // by year: the same hits as Lucene sorts them, with their scores
      Sort byYear = new Sort(new org.apache.lucene.search.SortField("yearValue", org.apache.lucene.search.SortField.Type.INT, true), org.apache.lucene.search.SortField.FIELD_SCORE);
      var sorted = new MultiSelect(states).search(s, base, filters, 30, byYear).top();
      assertEquals(java.util.Arrays.stream(s.search(all, 30, byYear, true).scoreDocs).map(d -> d.doc + "/" + d.score).toList(),
          java.util.Arrays.stream(sorted.scoreDocs).map(d -> d.doc + "/" + d.score).toList(), "sorted " + filters);
    }
    }
  }

  /** Same documents in the same order (scores of a drill-down query and of base + filter clauses are equal). */
  static final class TopDocsCheck {
    static void sameRanking(org.apache.lucene.search.TopDocs a, org.apache.lucene.search.TopDocs b) {
      assertEquals(java.util.Arrays.stream(a.scoreDocs).map(d -> d.doc).toList(), java.util.Arrays.stream(b.scoreDocs).map(d -> d.doc).toList());
    }
  }
}
