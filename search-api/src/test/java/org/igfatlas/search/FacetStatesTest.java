package org.igfatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
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
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.igfatlas.index.IndexSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Facet counts of {@link FacetStates} (ordinal arrays for single-valued dimensions, per-dimension doc values for the
 * others, lazy DrillSideways) equal Lucene's own {@link SortedSetDocValuesFacetCounts}, on an index of several
 * segments with deleted entries and entries without a value.
 */
class FacetStatesTest {
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
          if (rnd.nextInt(10) > 0) d.add(new SortedSetDocValuesFacetField(IndexSchema.YEAR, Integer.toString(2006 + rnd.nextInt(20 - seg * 3))));
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

  @Test
  void countsEqualLucenesOwnForSingleAndMultiValuedDimensions() throws Exception {
    assertEquals(4, reader.leaves().size());
    IndexSearcher s = new IndexSearcher(reader);
    FacetStates states = new FacetStates(reader, CONFIG, null);
    for (Query q : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("word", "a")))) {
      for (String dim : List.of(IndexSchema.YEAR, IndexSchema.DOC_KIND, IndexSchema.THEME)) {
        for (int topN : new int[] {3, 100}) {
          DrillSideways ds = states.sideways(s, List.of(IndexSchema.YEAR, IndexSchema.DOC_KIND, IndexSchema.THEME));
          FacetResult ours = ds.search(new DrillDownQuery(CONFIG, q), 10).facets.getTopChildren(topN, dim);
          assertNotNull(ours, dim);
          assertEquals(labels(lucene(s, q, dim, topN)), labels(ours), dim + " top " + topN + " of " + q);
        }
      }
    }
  }

  @Test
  void aFilteredDimensionIsCountedWithoutItsOwnFilter() throws Exception {
    IndexSearcher s = new IndexSearcher(reader);
    FacetStates states = new FacetStates(reader, CONFIG, null);
    DrillDownQuery ddq = new DrillDownQuery(CONFIG, new TermQuery(new Term("word", "b")));
    ddq.add(IndexSchema.DOC_KIND, "messages");
    ddq.add(IndexSchema.YEAR, "2010");
    var r = states.sideways(s, List.of(IndexSchema.YEAR, IndexSchema.DOC_KIND, IndexSchema.THEME)).search(ddq, 10);
    // docKind counted over word:b AND year:2010 (its own filter dropped), year over word:b AND docKind:messages
    DrillDownQuery kindSide = new DrillDownQuery(CONFIG, new TermQuery(new Term("word", "b")));
    kindSide.add(IndexSchema.YEAR, "2010");
    DrillDownQuery yearSide = new DrillDownQuery(CONFIG, new TermQuery(new Term("word", "b")));
    yearSide.add(IndexSchema.DOC_KIND, "messages");
    assertEquals(labels(lucene(s, kindSide, IndexSchema.DOC_KIND, 100)), labels(r.facets.getTopChildren(100, IndexSchema.DOC_KIND)));
    assertEquals(labels(lucene(s, yearSide, IndexSchema.YEAR, 100)), labels(r.facets.getTopChildren(100, IndexSchema.YEAR)));
    assertEquals(labels(lucene(s, ddq, IndexSchema.THEME, 100)), labels(r.facets.getTopChildren(100, IndexSchema.THEME)));
  }

  @Test
  void cachedBitSetFiltersSelectWhatTheDrillDownTermsSelect() throws Exception {
    IndexSearcher s = new IndexSearcher(reader);
    FacetStates states = new FacetStates(reader, CONFIG, null);
    List<String> dims = List.of(IndexSchema.YEAR, IndexSchema.DOC_KIND, IndexSchema.THEME);
    DrillDownQuery terms = new DrillDownQuery(CONFIG, new TermQuery(new Term("word", "a")));
    terms.add(IndexSchema.DOC_KIND, "messages");
    terms.add(IndexSchema.DOC_KIND, "transcript");
    terms.add(IndexSchema.THEME, "data");
    DrillDownQuery cached = new DrillDownQuery(CONFIG, new TermQuery(new Term("word", "a")));
    cached.add(IndexSchema.DOC_KIND, states.filter(IndexSchema.DOC_KIND, List.of("transcript", "messages")));
    cached.add(IndexSchema.THEME, states.filter(IndexSchema.THEME, List.of("data")));
    var a = states.sideways(s, dims).search(terms, 2000);
    var b = states.sideways(s, dims).search(cached, 2000);
    assertEquals(a.hits.totalHits.value(), b.hits.totalHits.value());
    assertEquals(s.count(terms), b.hits.totalHits.value(), "deleted entries are not hits");
    for (String dim : dims) assertEquals(labels(a.facets.getTopChildren(100, dim)), labels(b.facets.getTopChildren(100, dim)), dim);
    org.junit.jupiter.api.Assertions.assertSame(states.filter(IndexSchema.THEME, List.of("data")),
        states.filter(IndexSchema.THEME, List.of("data")), "built once per reader");
  }
}
