package org.igfatlas.analytics;

import org.igfatlas.schema.TopicVocabulary;
import static org.igfatlas.schema.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.igfatlas.search.AtlasSearcher;
import org.igfatlas.search.BadRequestException;

/**
 * Which topics NRIs prioritise: topics ranked by the share of NRI documents that mention them (then by mentions),
 * with the number of NRIs behind each; optionally each topic's rank in the global IGF documents of the same
 * filter (what is regional, what is global). Counts come from the {@code topicMentions} postings.
 */
public final class NriPriorities {
  /** One ranked topic. {@code globalRank} is null unless compared. */
  public record Row(int rank, String topic, String label, String theme, long documents, long nriDocuments, double share,
                    long mentions, long nris, List<String> nriNames, Integer globalRank, Double globalShare) {}

  public record Response(Integer year, String region, String nriKind, long nriDocuments, long nris, String indexVersion,
                         String method, List<Row> topics) {}

  private final AtlasSearcher searcher;
  private final ResultCache<Response> cache = new ResultCache<>(128);

  public NriPriorities(AtlasSearcher searcher) {
    this.searcher = searcher;
  }

  private static final class Stat {
    long mentions;
    final Set<String> docs = new HashSet<>();
    final Set<String> nris = new HashSet<>();
  }

  public Response priorities(Integer year, String region, String nriKind, int top, boolean compareGlobal) {
    if (top < 1 || top > 100) throw new BadRequestException("top must be between 1 and 100");
    Map<String, List<String>> filters = new LinkedHashMap<>();
    if (year != null) filters.put(YEAR, List.of(year.toString()));
    if (region != null) filters.put(NRI_REGION, List.of(region));
    if (nriKind != null) filters.put(NRI_KIND, List.of(nriKind));
    Query nriPassages = new BooleanQuery.Builder().add(searcher.analysedPassages(filters), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(IS_NRI, "1")), BooleanClause.Occur.FILTER).build();
    Map<String, List<String>> globalFilters = year == null ? Map.of() : Map.of(YEAR, List.of(year.toString()));
    Query globalPassages = new BooleanQuery.Builder().add(searcher.analysedPassages(globalFilters), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(IS_NRI, "1")), BooleanClause.Occur.MUST_NOT).build();
    return searcher.read(s -> {
      String version = "v" + ((DirectoryReader) s.getIndexReader()).getVersion();
      String key = version + "|" + year + "|" + region + "|" + nriKind + "|" + top + "|" + compareGlobal;
      return cache.getOrCompute(key, () -> compute(s, nriPassages, globalPassages, year, region, nriKind, top, compareGlobal, version));
    });
  }

  private Response compute(IndexSearcher s, Query nriPassages, Query globalPassages, Integer year, String region,
                           String nriKind, int top, boolean compareGlobal, String version) throws IOException {
    Set<String> allDocs = new HashSet<>();
    Set<String> allNris = new HashSet<>();
    List<Row> rows = rank(stats(count(s, nriPassages, allDocs, allNris)), allDocs.size());
    Map<String, Row> global = new HashMap<>();
    if (compareGlobal) {
      Set<String> gDocs = new HashSet<>();
      rank(stats(count(s, globalPassages, gDocs, new HashSet<>())), gDocs.size()).forEach(r -> global.put(r.topic(), r));
    }
    return response(year, region, nriKind, allDocs.size(), allNris.size(), version, rows, top, compareGlobal, global, "");
  }

  /** A topic's figures in a selection, whichever backend counted them: mentions, documents, the NRIs behind them. */
  public record TopicStat(long mentions, long documents, List<String> nris) {}

  private static Map<String, TopicStat> stats(Map<String, Stat> stats) {
    Map<String, TopicStat> out = new HashMap<>();
    stats.forEach((t, st) -> out.put(t, new TopicStat(st.mentions, st.docs.size(), new ArrayList<>(st.nris))));
    return out;
  }

  /** The answer: the first {@code top} ranked rows, each with its global rank and share when compared. */
  public static Response response(Integer year, String region, String nriKind, long documents, long nris, String version,
                                  List<Row> rows, int top, boolean compareGlobal, Map<String, Row> global, String methodNote) {
    List<Row> out = new ArrayList<>();
    for (Row r : rows.subList(0, Math.min(top, rows.size()))) {
      Row g = global.get(r.topic());
      out.add(new Row(r.rank(), r.topic(), r.label(), r.theme(), r.documents(), r.nriDocuments(), r.share(), r.mentions(),
          r.nris(), r.nriNames(), compareGlobal && g != null ? g.rank() : null, compareGlobal ? (g == null ? 0.0 : g.share()) : null));
    }
    return new Response(year, region, nriKind, documents, nris, version,
        "share = NRI documents with a passage that discusses the topic / NRI documents in the selection; a passage "
            + "discusses a topic when it mentions it at least twice (a phrase of the topic, or two distinct cue words; "
            + "names of bodies, headings and boilerplate do not count; passages of boilerplate, such as text repeated verbatim in "
            + "more than 5 documents, are left out) in at least 12 words; ties broken by mentions; "
            + "global rank from the non-NRI documents of the same year" + methodNote, out);
  }

  /** Topics ranked by share of the selection's documents, then by mentions, then by id. */
  public static List<Row> rank(Map<String, TopicStat> stats, long totalDocs) {
    List<Row> rows = new ArrayList<>();
    for (TopicVocabulary.Topic t : TopicVocabulary.get().all()) {
      TopicStat st = stats.get(t.id());
      if (st == null) continue;
      double share = totalDocs == 0 ? 0 : Math.round(st.documents() * 10_000.0 / totalDocs) / 10_000.0;
      List<String> names = new ArrayList<>(st.nris());
      names.sort(String::compareTo);
      rows.add(new Row(0, t.id(), t.label(), t.theme(), st.documents(), totalDocs, share, st.mentions(), names.size(), names, null, null));
    }
    rows.sort((a, b) -> a.share() != b.share() ? Double.compare(b.share(), a.share())
        : a.mentions() != b.mentions() ? Long.compare(b.mentions(), a.mentions()) : a.topic().compareTo(b.topic()));
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      out.add(new Row(i + 1, r.topic(), r.label(), r.theme(), r.documents(), r.nriDocuments(), r.share(), r.mentions(), r.nris(),
          r.nriNames(), null, null));
    }
    return out;
  }

  /** Topic statistics of the passages of {@code q}; fills the documents and NRIs seen in the selection. */
  private static Map<String, Stat> count(IndexSearcher s, Query q, Set<String> docs, Set<String> nris) throws IOException {
    Map<String, Stat> out = new HashMap<>();
    Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      Scorer scorer = w.scorer(leaf);
      if (scorer == null) continue;
      org.apache.lucene.util.FixedBitSet allowed = new org.apache.lucene.util.FixedBitSet(leaf.reader().maxDoc());
      SortedDocValues docIds = DocValues.getSorted(leaf.reader(), DOC_ID);
      FacetValues nriNames = new FacetValues(leaf.reader(), NRI);
      Map<Integer, String> docOf = new HashMap<>();
      Map<Integer, String> nriOf = new HashMap<>();
      DocIdSetIterator it = LiveDocs.of(leaf, scorer.iterator());
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        allowed.set(d);
        String id = docIds.advanceExact(d) ? docIds.lookupOrd(docIds.ordValue()).utf8ToString() : null;
        docOf.put(d, id);
        docs.add(id);
        List<String> n = nriNames.of(d);
        if (!n.isEmpty()) {
          nriOf.put(d, n.get(0));
          nris.add(n.get(0));
        }
      }
      Terms terms = leaf.reader().terms(TOPIC_MENTIONS);
      if (terms == null) continue;
      TermsEnum te = terms.iterator();
      PostingsEnum pe = null;
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        String topic = term.utf8ToString();
        pe = te.postings(pe, PostingsEnum.FREQS);
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
          if (!allowed.get(d)) continue;
          Stat st = out.computeIfAbsent(topic, x -> new Stat());
          st.mentions += pe.freq();
          st.docs.add(docOf.get(d));
          String n = nriOf.get(d);
          if (n != null) st.nris.add(n);
        }
      }
    }
    return out;
  }
}
