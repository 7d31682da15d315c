package org.igfatlas.analytics;

import org.igfatlas.schema.TopicVocabulary;
import static org.igfatlas.schema.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.igfatlas.search.AtlasQueryParser;
import org.igfatlas.search.AtlasSearcher;
import org.igfatlas.search.BadRequestException;

/**
 * Topic and term trends per year, from postings and doc values only (never stored text): term mentions are the
 * query's matches in passage text (positions postings for a word or phrase, Lucene's Matches API otherwise: {@link MentionCounter}), topic mentions the term frequencies of the
 * topic in {@code topicMentions}; denominators are the tokens and documents of the passages that pass the same
 * filters. Results are cached per index version.
 */
public final class TrendService {
  public static final String NONE = "(none)";
  /** Years whose filtered set has fewer documents or tokens than this are flagged as low volume. */
  static final int LOW_DOCUMENTS = 3;
  static final long LOW_TOKENS = 5_000;
  static final int MAX_SERIES = 10;
  static final int MAX_SPLIT_VALUES = 12;

  private final AtlasSearcher searcher;
  private final ResultCache<TrendResponse> cache = new ResultCache<>(256);
  /** Denominators depend only on the filters and the split: shared by every series and measure. */
  private final ResultCache<Map<String, Map<Integer, Cell>>> denominators = new ResultCache<>(64);

  public TrendService(AtlasSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * Per (year, split value): tokens and documents of the filtered passages, or mentions and documents of a series.
   * Figures of one year (and split value). Documents are counted without collecting their ids: the entries of a
   * file are written as one block (consecutive doc numbers in one segment) and walks go in doc-number order, so a
   * document's passages reach a cell one after another, and a new document is a change of key.
   */
  public static final class Cell {
    public long tokens;
    public long mentions;
    public long docs;
    private long lastDoc = -1;

    void document(long key) {
      if (key >= 0 && key != lastDoc) {
        docs++;
        lastDoc = key;
      }
    }
  }

  /** Checks a trend request (the same for every backend); returns the parsed term queries. */
  public static List<Query> check(TrendRequest req, AtlasQueryParser parser) {
    if (req.terms().isEmpty() && req.topics().isEmpty()) throw new BadRequestException("give at least one term= or topic=");
    if (req.terms().size() + req.topics().size() > MAX_SERIES) throw new BadRequestException("at most " + MAX_SERIES + " series");
    for (String t : req.topics()) {
      if (TopicVocabulary.get().byId(t).isEmpty()) throw new BadRequestException("unknown topic '" + t + "' (see /api/topics)");
    }
    if (req.split() != null) AtlasSearcher.requireFacet(req.split());
    List<Query> termQueries = new ArrayList<>();
    for (String term : req.terms()) {
      if (term.isBlank() || term.strip().equals("*:*")) throw new BadRequestException("term must be a word, phrase or query");
      termQueries.add(parser.parse(term));
    }
    return termQueries;
  }

  public TrendResponse trends(TrendRequest req) {
    List<Query> termQueries = check(req, searcher.parser());
    Query filter = searcher.analysedPassages(req.filters());
    return searcher.read(s -> {
      String version = "v" + ((DirectoryReader) s.getIndexReader()).getVersion();
      String key = version + "|" + req;
      return cache.getOrCompute(key, () -> compute(s, req, termQueries, filter, version));
    });
  }

  private TrendResponse compute(IndexSearcher s, TrendRequest req, List<Query> termQueries, Query filter, String version)
      throws IOException {
    String baseKey = version + "|" + req.filters() + "|" + req.split();
    Map<String, Map<Integer, Cell>> base = denominators.getOrCompute(baseKey, () -> denominators(s, filter, req.split()));
    int[] range = yearRange(s);
    List<Map<String, Map<Integer, Cell>>> terms = new ArrayList<>();
    for (Query q : termQueries) terms.add(termCounts(s, AtlasQueryParser.rewrite(s, q), filter, req.split()));
    List<Map<String, Map<Integer, Cell>>> topics = new ArrayList<>();
    for (String topic : req.topics()) topics.add(topicCounts(s, topic, filter, req.split()));
    return assemble(req, range, base, terms, topics, version, method(req.measure()));
  }

  /**
   * The series of a request from counted cells (per split value, per year), whichever backend counted them:
   * {@code base} the denominators, {@code terms} and {@code topics} one map per series in the request's order.
   */
  public static TrendResponse assemble(TrendRequest req, int[] range, Map<String, Map<Integer, Cell>> base,
                                       List<Map<String, Map<Integer, Cell>>> terms, List<Map<String, Map<Integer, Cell>>> topics,
                                       String version, String method) {
    List<TrendResponse.Series> series = new ArrayList<>();
    List<String> splitValues = splitValues(base);
    for (int i = 0; i < terms.size(); i++) addSeries(series, req, range, base, splitValues, terms.get(i), req.terms().get(i), null);
    for (int i = 0; i < topics.size(); i++) addSeries(series, req, range, base, splitValues, topics.get(i), null, req.topics().get(i));
    return new TrendResponse(req.terms(), req.topics(), req.split(), req.filters(),
        req.measure().name().toLowerCase(Locale.ROOT), "year", method, version, series);
  }

  /** What a measure counts and what is left out, as the answer's {@code method} says it. */
  public static String method(TrendRequest.Measure m) {
    return measure(m) + "; boilerplate passages (captioning notices, page chrome, text repeated verbatim in more than 5 "
        + "documents) are not counted";
  }

  private static String measure(TrendRequest.Measure m) {
    return switch (m) {
      case MENTIONS -> "mentions: occurrences of the term (query matches in passage text), or mentions of the topic in the "
          + "passages that discuss it (at least two mentions in at least 12 words; a lone word, a heading, a body's name or "
          + "boilerplate is not a mention), summed over the filtered passages of each year";
      case DOCUMENTS -> "documents: number of filtered documents of each year with at least one mention; total = filtered documents of that year";
      case PER10K -> "per10k: mentions per 10,000 tokens of the filtered passages of each year (total = those tokens)";
      case SHARE -> "share: documents with at least one mention / filtered documents of that year";
    };
  }

  /** First and last year of the whole index (from the points of {@code year}), so every year appears in every series. */
  private static int[] yearRange(IndexSearcher s) throws IOException {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      PointValues pv = leaf.reader().getPointValues(YEAR);
      if (pv == null || pv.size() == 0) continue;
      min = Math.min(min, IntPoint.decodeDimension(pv.getMinPackedValue(), 0));
      max = Math.max(max, IntPoint.decodeDimension(pv.getMaxPackedValue(), 0));
    }
    if (min > max) {
      int now = java.time.Year.now().getValue();
      return new int[] {now, now};
    }
    return new int[] {min, max};
  }

  private static void addSeries(List<TrendResponse.Series> out, TrendRequest req, int[] range, Map<String, Map<Integer, Cell>> base,
                         List<String> splitValues, Map<String, Map<Integer, Cell>> counts, String term, String topic) {
    int from = req.from() != null ? req.from() : range[0];
    int to = req.to() != null ? req.to() : range[1];
    if (to < from || (long) to - from > 200) throw new BadRequestException("year range from " + from + " to " + to + " is not valid");
    String name = term != null ? term : topicLabel(topic);
    for (String sv : splitValues) {
      Map<Integer, Cell> b = base.getOrDefault(sv, Map.of());
      Map<Integer, Cell> c = counts.getOrDefault(sv, Map.of());
      List<TrendResponse.Point> points = new ArrayList<>();
      long totalMentions = 0;
      long allDocs = 0;
      for (int y = from; y <= to; y++) {
        Cell bc = b.get(y);
        Cell cc = c.get(y);
        long mentions = cc == null ? 0 : cc.mentions;
        long docs = cc == null ? 0 : cc.docs;
        long baseDocs = bc == null ? 0 : bc.docs;
        long tokens = bc == null ? 0 : bc.tokens;
        totalMentions += mentions;
        allDocs += docs; // a document has one year: the years' documents are disjoint
        boolean low = baseDocs < LOW_DOCUMENTS || tokens < LOW_TOKENS;
        points.add(switch (req.measure()) {
          case MENTIONS -> new TrendResponse.Point(y, mentions, null, mentions, low);
          case DOCUMENTS -> new TrendResponse.Point(y, docs, baseDocs, docs, low);
          case PER10K -> new TrendResponse.Point(y, mentions, tokens, tokens == 0 ? 0 : round(mentions * 10_000.0 / tokens), low);
          case SHARE -> new TrendResponse.Point(y, docs, baseDocs, baseDocs == 0 ? 0 : round(docs / (double) baseDocs), low);
        });
      }
      String label = req.split() == null ? name : name + " — " + sv;
      out.add(new TrendResponse.Series(label, term, topic, req.split() == null ? null : sv, totalMentions, allDocs,
          allDocs, points));
    }
  }

  private static String topicLabel(String id) {
    return TopicVocabulary.get().byId(id).map(TopicVocabulary.Topic::label).orElse(id);
  }

  private static double round(double d) {
    return Math.round(d * 10_000) / 10_000.0;
  }

  /** Split values ordered by tokens, at most {@link #MAX_SPLIT_VALUES}; the single value "" without a split. */
  private static List<String> splitValues(Map<String, Map<Integer, Cell>> base) {
    List<Map.Entry<String, Long>> tokens = new ArrayList<>();
    base.forEach((k, v) -> tokens.add(Map.entry(k, v.values().stream().mapToLong(c -> c.tokens).sum())));
    tokens.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : tokens) if (out.size() < MAX_SPLIT_VALUES) out.add(e.getKey());
    if (out.isEmpty()) out.add("");
    return out;
  }

  /** A collector-like walk over the docs of {@code q}, leaf by leaf. */
  @FunctionalInterface
  private interface LeafVisitor {
    void visit(LeafReaderContext leaf, DocIdSetIterator docs) throws IOException;
  }

  private static void walk(IndexSearcher s, Query q, LeafVisitor v) throws IOException {
    Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      Scorer scorer = w.scorer(leaf);
      if (scorer != null) v.visit(leaf, LiveDocs.of(leaf, scorer.iterator()));
    }
  }

  /** What is known of a passage for counting: its year, document and split values. */
  private static final class Keys {
    final NumericDocValues year;
    final SortedDocValues docId;
    final FacetValues split;
    private final long leafKey;

    Keys(LeafReaderContext leaf, String split) throws IOException {
      leafKey = (long) leaf.ord << 32;
      year = DocValues.getNumeric(leaf.reader(), YEAR);
      docId = DocValues.getSorted(leaf.reader(), DOC_ID);
      this.split = split == null ? null : new FacetValues(leaf.reader(), split);
    }

    Integer year(int doc) throws IOException {
      return year.advanceExact(doc) ? (int) year.longValue() : null;
    }

    /** A key of the passage's document, unique in the index (segment and ordinal of its id); -1 when it has none. */
    long doc(int doc) throws IOException {
      return docId.advanceExact(doc) ? leafKey | docId.ordValue() : -1;
    }

    List<String> splits(int doc) throws IOException {
      if (split == null) return List.of("");
      List<String> v = split.of(doc);
      return v.isEmpty() ? List.of(NONE) : v;
    }
  }

  private static Map<String, Map<Integer, Cell>> denominators(IndexSearcher s, Query filter, String split) throws IOException {
    Map<String, Map<Integer, Cell>> out = new LinkedHashMap<>();
    walk(s, filter, (leaf, it) -> {
      Keys k = new Keys(leaf, split);
      NumericDocValues tokens = DocValues.getNumeric(leaf.reader(), TOKENS);
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        Integer y = k.year(d);
        if (y == null) continue;
        long t = tokens.advanceExact(d) ? tokens.longValue() : 0;
        long docKey = k.doc(d);
        for (String sv : k.splits(d)) {
          Cell c = out.computeIfAbsent(sv, x -> new HashMap<>()).computeIfAbsent(y, x -> new Cell());
          c.tokens += t;
          c.document(docKey);
        }
      }
    });
    return out;
  }

  /** Matches of a term query in the text of the filtered passages. */
  private static Map<String, Map<Integer, Cell>> termCounts(IndexSearcher s, Query term, Query filter, String split) throws IOException {
    Map<String, Map<Integer, Cell>> out = new HashMap<>();
    MentionCounter mentions = MentionCounter.of(s, term);
    // candidates: for an exact phrase the passages holding all its words (no positions read); the counter then reads
    // the positions once, and a passage without the phrase counts 0 (the phrase query would read them twice)
    Query both = new BooleanQuery.Builder().add(mentions.candidates(term), BooleanClause.Occur.MUST)
        .add(filter, BooleanClause.Occur.FILTER).build();
    walk(s, both, (leaf, it) -> {
      Keys k = new Keys(leaf, split);
      MentionCounter.Leaf counts = mentions.leaf(leaf);
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        Integer y = k.year(d);
        if (y == null) continue;
        long n = counts.count(d);
        if (n > 0) addMentions(out, k, d, y, n);
      }
    });
    return out;
  }

  /** Adds a passage's {@code n} mentions, and its document, to its year's cell of each of its split values. */
  private static void addMentions(Map<String, Map<Integer, Cell>> out, Keys k, int doc, int year, long n) throws IOException {
    long docKey = k.doc(doc);
    for (String sv : k.splits(doc)) {
      Cell c = out.computeIfAbsent(sv, x -> new HashMap<>()).computeIfAbsent(year, x -> new Cell());
      c.mentions += n;
      c.document(docKey);
    }
  }

  /** Topic mentions: term frequencies of the topic id in {@code topicMentions}, for the filtered passages. */
  private static Map<String, Map<Integer, Cell>> topicCounts(IndexSearcher s, String topic, Query filter, String split) throws IOException {
    Map<String, Map<Integer, Cell>> out = new HashMap<>();
    Weight w = s.createWeight(s.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Term t = new Term(TOPIC_MENTIONS, topic);
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      PostingsEnum postings = leaf.reader().postings(t, PostingsEnum.FREQS);
      Scorer scorer = w.scorer(leaf);
      if (postings == null || scorer == null) continue;
      DocIdSetIterator allowed = LiveDocs.of(leaf, scorer.iterator());
      Keys k = new Keys(leaf, split);
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (allowed.docID() < d) allowed.advance(d);
        if (allowed.docID() != d) continue;
        Integer y = k.year(d);
        if (y != null) addMentions(out, k, d, y, postings.freq());
      }
    }
    return out;
  }

}
