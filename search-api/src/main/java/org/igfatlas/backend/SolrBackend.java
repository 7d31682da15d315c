package org.igfatlas.backend;

import static org.igfatlas.schema.IndexSchema.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.igfatlas.analytics.Concordance;
import org.igfatlas.analytics.FacetBrowser;
import org.igfatlas.analytics.Keyness;
import org.igfatlas.analytics.NriPriorities;
import org.igfatlas.analytics.ResultCache;
import org.igfatlas.analytics.TrendRequest;
import org.igfatlas.analytics.TrendResponse;
import org.igfatlas.analytics.TrendService;
import org.igfatlas.schema.IndexSchema;
import org.igfatlas.schema.Resources;
import org.igfatlas.schema.TopicVocabulary;
import org.igfatlas.search.AtlasQueryParser;
import org.igfatlas.search.AtlasSearcher;
import org.igfatlas.search.BadRequestException;
import org.igfatlas.search.DocumentReader;
import org.igfatlas.search.DocumentView;
import org.igfatlas.search.Limits;
import org.igfatlas.search.NotFoundException;
import org.igfatlas.search.SearchRequest;
import org.igfatlas.search.SearchResponse;
import org.igfatlas.search.Snippets;
import org.igfatlas.search.StoredHits;
import org.igfatlas.solr.Configset;
import org.igfatlas.solr.Params;
import org.igfatlas.solr.SolrClient;
import org.igfatlas.solr.SolrException;

/**
 * The distributed backend: a SolrCloud collection written by {@code igf index --solr} (the same entries and fields as
 * the embedded index, {@link Configset}). Queries are checked by the same parser and sent in Solr's own syntax, which
 * the collection's analysis and defaults read as Lucene does here; counting is done by Solr's JSON facets:
 * <ul>
 *   <li>search: filters as tagged filter queries, facet counts with the dimension's own filter excluded
 *       (multi-select), the unified highlighter, {@code unit=document} ranking document entries and their best passages
 *       by grouping;</li>
 *   <li>trends and NRI priorities: {@code sum(tokens)}, {@code sum(termfreq(topicMentions, topic))} and
 *       {@code unique(docId)} per year (and split value); every entry of a document is routed to one shard, so the
 *       distinct documents of each shard add up exactly;</li>
 *   <li>what Solr does not count the same way says so in {@code method}: mentions of a phrase or a query are the
 *       passages that match (one each), and keyness counts passages holding a word.</li>
 * </ul>
 * Answers are the same records as {@link LuceneBackend}'s; trends, NRI priorities and keywords are cached per state of
 * the collection ({@link #version}); a node that stops answering is skipped ({@link SolrClient}).
 */
public final class SolrBackend implements Backend {
  private final SolrClient solr;
  private final String collection;
  private final Analyzer analyzer = IndexSchema.analyzer();
  private final AtlasQueryParser parser = new AtlasQueryParser(analyzer);
  /** The repeated-text keys and the collection state they were read in. */
  private record RepeatedKeys(String version, List<String> keys) {}

  private volatile RepeatedKeys repeated;

  public SolrBackend(SolrClient solr, String collection) {
    this.solr = solr;
    this.collection = collection;
  }

  /** Connects to {@code spec} (node URLs) and checks that {@code collection} answers. */
  public static SolrBackend open(String spec, String collection) {
    SolrClient client = SolrClient.connect(spec);
    client.refreshLiveNodes();
    org.igfatlas.solr.Collections.checkSchema(client, collection);
    SolrBackend b = new SolrBackend(client, collection);
    b.count(KIND_DOCUMENT);
    return b;
  }

  // ---------------------------------------------------------------- health

  @Override
  public Health health() {
    List<String> live = liveNodes();
    return new Health("solrcloud", count(KIND_DOCUMENT), count(KIND_PASSAGE), live.stream().map(n -> "solr:" + n).toList());
  }

  private List<String> liveNodes() {
    try {
      return solr.refreshLiveNodes();
    } catch (SolrException e) {
      return solr.nodes();
    }
  }

  private long count(String kind) {
    return select(Params.of("q", "*:*", "fq", KIND + ":" + kind, "rows", "0")).path("response").path("numFound").asLong();
  }

  // ---------------------------------------------------------------- search

  @Override
  public SearchResponse search(SearchRequest req) {
    long t0 = System.nanoTime();
    AtlasSearcher.validatePaging(req);
    List<String> dims = req.facets().isEmpty() ? DEFAULT_FACETS : req.facets();
    dims.forEach(AtlasSearcher::requireFacet);
    req.filters().keySet().forEach(AtlasSearcher::requireFacet);
    String kind = switch (req.unit()) {
      case DOCUMENT -> KIND_DOCUMENT;
      case RECOMMENDATION -> KIND_RECOMMENDATION;
      case PASSAGE -> KIND_PASSAGE;
    };
    boolean docs = req.unit() == SearchRequest.Unit.DOCUMENT;
    Params p = Params.of("q", query(req.q()), "fq", KIND + ":" + kind, "rows", req.size(), "start", (req.page() - 1) * req.size(),
        "fl", docs ? DOCUMENT_FIELDS + ",score" : "*,score");
    filters(p, req.filters(), true);
    if (req.unit() == SearchRequest.Unit.RECOMMENDATION) notBoilerplate(p);
    // the embedded index compares strength in hundredths, rounded: at least h hundredths is at least (h - 0.5) / 100
    if (req.minStrength() > 0) p.add("fq", STRENGTH + ":[" + (Math.ceil(req.minStrength() * 100 - 1e-9) - 0.5) / 100.0 + " TO *]");
    p.add("sort", switch (req.sort()) {
      case RELEVANCE -> "score desc," + TIES;
      case STRENGTH -> STRENGTH + " desc,score desc," + TIES;
      case YEAR_DESC -> YEAR + " desc,score desc," + TIES;
      case YEAR_ASC -> YEAR + " asc,score desc," + TIES;
    });
    ObjectNode facets = Resources.JSON.createObjectNode();
    for (String dim : dims) {
      ObjectNode f = facets.putObject(dim);
      // refine: each shard's candidates are counted on every shard, so the top values are exact as in one index
      f.put("type", "terms").put("field", Configset.facetField(dim)).put("limit", Limits.MAX_FACET_VALUES).put("mincount", 1)
          .put("refine", true);
      f.putObject("domain").put("excludeTags", tag(dim));
    }
    p.add("json.facet", facets.toString());
    if (!docs) highlightSnippets(p);
    JsonNode r = select(p);
    List<JsonNode> found = list(r.path("response").path("docs"));
    List<SearchResponse.Hit> hits = new ArrayList<>();
    if (docs) {
      hits = documentHits(req, found);
    } else {
      for (JsonNode d : found) {
        Document stored = stored(d);
        hits.add(StoredHits.hit(stored, stored, snippet(r, d, stored), (float) d.path("score").asDouble(), null));
      }
    }
    Map<String, List<SearchResponse.FacetValue>> counts = new LinkedHashMap<>();
    for (String dim : dims) counts.put(dim, buckets(r.path("facets").path(dim)));
    return new SearchResponse(req.q(), req.unit().name().toLowerCase(Locale.ROOT), r.path("response").path("numFound").asLong(),
        req.page(), req.size(), hits, counts, (System.nanoTime() - t0) / 1_000_000, null);
  }

  /** A document's best passages (grouped by document, in the order of relevance), or its first when none match. */
  private List<SearchResponse.Hit> documentHits(SearchRequest req, List<JsonNode> found) {
    if (found.isEmpty()) return List.of();
    List<String> ids = found.stream().map(d -> d.path(DOC_ID).asText()).toList();
    Params p = Params.of("q", query(req.q()), "fq", KIND + ":" + KIND_PASSAGE, "fq", termsQuery(DOC_ID, ids), "fl", "*,score",
        "group", "true", "group.field", DOC_ID, "group.limit", Limits.PASSAGES_PER_DOCUMENT, "rows", ids.size(),
        "sort", "score desc,id asc", "group.sort", "score desc," + ORDINAL + " asc");
    filters(p, req.filters(), false);
    highlightSnippets(p);
    JsonNode r = select(p);
    Map<String, List<JsonNode>> best = new HashMap<>();
    for (JsonNode g : r.path("grouped").path(DOC_ID).path("groups")) best.put(g.path("groupValue").asText(), list(g.path("doclist").path("docs")));
    List<SearchResponse.Hit> hits = new ArrayList<>();
    for (JsonNode d : found) {
      String id = d.path(DOC_ID).asText();
      JsonNode response = r;
      List<JsonNode> passages = best.get(id);
      if (passages == null || passages.isEmpty()) {
        response = select(Params.of("q", "*:*", "fq", KIND + ":" + KIND_PASSAGE, "fq", DOC_ID + ":" + Params.quote(id),
            "sort", ORDINAL + " asc", "rows", "1", "fl", "*"));
        passages = list(response.path("response").path("docs"));
      }
      List<SearchResponse.PassageHit> shown = new ArrayList<>();
      Document top = null;
      for (JsonNode pj : passages) {
        Document ps = stored(pj);
        if (top == null) top = ps;
        shown.add(new SearchResponse.PassageHit(ps.get(PASSAGE_ID), ps.getField(ORDINAL).numericValue().intValue(), ps.get(SPEAKER),
            snippet(response, pj, ps)));
      }
      Document doc = stored(d);
      hits.add(StoredHits.hit(doc, top == null ? doc : top, shown.isEmpty() ? null : shown.get(0).snippet(),
          (float) d.path("score").asDouble(), shown));
    }
    return hits;
  }

  // ---------------------------------------------------------------- the reader

  @Override
  public DocumentView document(String docId, String q, int from, int size) {
    if (from < 0) throw new BadRequestException("from must be 0 or more");
    if (size < 1 || size > DocumentView.MAX_PAGE) throw new BadRequestException("size must be between 1 and " + DocumentView.MAX_PAGE);
    boolean marked = q != null && !q.isBlank();
    String solrQuery = marked ? query(q) : null; // checked as the embedded backend checks it
    String inDoc = DOC_ID + ":" + Params.quote(docId);
    List<JsonNode> docs = list(select(Params.of("q", "*:*", "fq", KIND + ":" + KIND_DOCUMENT, "fq", inDoc, "rows", "1", "fl", DOCUMENT_FIELDS))
        .path("response").path("docs"));
    if (docs.isEmpty()) throw new NotFoundException("no document with id '" + docId + "'");
    Params p = Params.of("q", "*:*", "fq", KIND + ":" + KIND_PASSAGE, "fq", inDoc, "sort", ORDINAL + " asc", "start", from,
        "rows", size, "fl", "*");
    if (marked) highlightWhole(p.add("hl.q", q), "<mark>", "</mark>", "html"); // whole passages, as the embedded reader shows them
    JsonNode r = select(p);
    List<JsonNode> page = list(r.path("response").path("docs"));
    long passageCount = r.path("response").path("numFound").asLong();
    java.util.Set<String> matching = new java.util.HashSet<>();
    if (marked) {
      JsonNode hitIds = select(Params.of("q", solrQuery, "fq", KIND + ":" + KIND_PASSAGE, "fq", inDoc, "fl", "id", "rows",
          Math.max(1, passageCount)));
      for (JsonNode h : hitIds.path("response").path("docs")) matching.add(h.path("id").asText());
    }
    List<Document> stored = new ArrayList<>();
    String[] html = new String[page.size()];
    boolean[] hit = new boolean[page.size()];
    for (int i = 0; i < page.size(); i++) {
      JsonNode d = page.get(i);
      stored.add(stored(d));
      hit[i] = matching.contains(d.path("id").asText());
      JsonNode h = r.path("highlighting").path(d.path("id").asText()).path(TEXT);
      if (h.isArray() && !h.isEmpty()) html[i] = h.get(0).asText();
    }
    List<String> sources = new ArrayList<>(List.of(docs.get(0).path(SOURCE).asText()));
    for (JsonNode a : select(Params.of("q", "*:*", "fq", KIND + ":" + KIND_ALIAS, "fq", ALIAS_OF + ":" + Params.quote(docId),
        "rows", "1000", "fl", SOURCE, "sort", "id asc")).path("response").path("docs")) {
      String s = a.path(SOURCE).asText();
      if (!sources.contains(s)) sources.add(s);
    }
    try {
      return DocumentReader.view(docId, stored(docs.get(0)), stored, html, hit, (int) passageCount, from, sources);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- trends

  @Override
  public TrendResponse trends(TrendRequest req) {
    List<Query> termQueries = TrendService.check(req, parser);
    String version = version();
    return cached(trendCache, version + "|" + req, () -> trends(req, termQueries, version));
  }

  private TrendResponse trends(TrendRequest req, List<Query> termQueries, String version) {
    Params base = analysedPassages(req.filters());
    Map<String, Map<Integer, TrendService.Cell>> denominators = cells(base.add("q", "*:*"), req.split(), "sum(" + TOKENS + ")", true);
    JsonNode range = select(Params.of("q", "*:*", "rows", "0", "json.facet", "{min:\"min(" + YEAR + ")\",max:\"max(" + YEAR + ")\"}"))
        .path("facets");
    int now = java.time.Year.now().getValue();
    int[] years = range.has("min") ? new int[] {range.path("min").asInt(), range.path("max").asInt()} : new int[] {now, now};
    List<Map<String, Map<Integer, TrendService.Cell>>> terms = new ArrayList<>();
    boolean anyPhrase = false;
    for (int i = 0; i < termQueries.size(); i++) {
      String word = singleTerm(termQueries.get(i));
      Params p = analysedPassages(req.filters()).add("q", query(req.terms().get(i)));
      anyPhrase |= word == null;
      terms.add(cells(p, req.split(), word != null ? "sum(termfreq(" + TEXT + "," + Params.quote(word) + "))" : null, false));
    }
    List<Map<String, Map<Integer, TrendService.Cell>>> topics = new ArrayList<>();
    for (String topic : req.topics()) {
      Params p = analysedPassages(req.filters()).add("q", TOPIC_MENTIONS + ":" + Params.quote(topic));
      topics.add(cells(p, req.split(), "sum(termfreq(" + TOPIC_MENTIONS + "," + Params.quote(topic) + "))", false));
    }
    String method = TrendService.method(req.measure()) + "; counted by SolrCloud (JSON facets: sum of tokens, of "
        + "termfreq() for a word or a topic, unique(docId) for documents, each document's entries on one shard)"
        + (anyPhrase ? "; a phrase or a query counts the passages that match it, one mention each, not every occurrence" : "");
    return TrendService.assemble(req, years, denominators, terms, topics, version, method);
  }

  /** The analysed word of a one-word query (what {@code termfreq} counts), or null for a phrase or a query. */
  private static String singleTerm(Query q) {
    return q instanceof TermQuery tq && tq.getTerm().field().equals(TEXT) ? tq.getTerm().text() : null;
  }

  /**
   * Per split value and year: the passages' {@code sum} (tokens or mentions; null counts passages) and distinct
   * documents. {@code base} holds the query ({@code q}) and the filters.
   */
  private Map<String, Map<Integer, TrendService.Cell>> cells(Params base, String split, String sum, boolean tokens) {
    ObjectNode years = Resources.JSON.createObjectNode();
    years.put("type", "terms").put("field", YEAR).put("limit", -1);
    ObjectNode stats = years.putObject("facet");
    if (sum != null) stats.put("sum", sum);
    stats.put("docs", "unique(" + DOC_ID + ")");
    ObjectNode top = Resources.JSON.createObjectNode();
    if (split == null) {
      top.set("years", years);
    } else {
      ObjectNode s = top.putObject("split");
      s.put("type", "terms").put("field", Configset.facetField(split)).put("limit", -1).put("missing", true);
      s.putObject("facet").set("years", years);
    }
    JsonNode r = select(base.add("rows", "0").add("json.facet", top.toString())).path("facets");
    Map<String, Map<Integer, TrendService.Cell>> out = new LinkedHashMap<>();
    if (split == null) {
      out.put("", yearCells(r.path("years"), tokens));
    } else {
      for (JsonNode b : r.path("split").path("buckets")) out.put(b.path("val").asText(), yearCells(b.path("years"), tokens));
      JsonNode missing = r.path("split").path("missing");
      if (missing.path("count").asLong() > 0) out.put(TrendService.NONE, yearCells(missing.path("years"), tokens));
    }
    return out;
  }

  private static Map<Integer, TrendService.Cell> yearCells(JsonNode years, boolean tokens) {
    Map<Integer, TrendService.Cell> out = new HashMap<>();
    for (JsonNode b : years.path("buckets")) {
      TrendService.Cell c = new TrendService.Cell();
      long sum = b.has("sum") ? Math.round(b.path("sum").asDouble()) : b.path("count").asLong();
      if (tokens) c.tokens = sum;
      else c.mentions = sum;
      c.docs = b.path("docs").asLong();
      out.put(b.path("val").asInt(), c);
    }
    return out;
  }

  // ---------------------------------------------------------------- NRI priorities

  @Override
  public NriPriorities.Response nriPriorities(Integer year, String region, String nriKind, int top, boolean compareGlobal) {
    if (top < 1 || top > 100) throw new BadRequestException("top must be between 1 and 100");
    String version = version();
    return cached(nriCache, version + "|" + year + "|" + region + "|" + nriKind + "|" + top + "|" + compareGlobal,
        () -> nriPriorities(year, region, nriKind, top, compareGlobal, version));
  }

  private NriPriorities.Response nriPriorities(Integer year, String region, String nriKind, int top, boolean compareGlobal,
                                               String version) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    if (year != null) filters.put(YEAR, List.of(year.toString()));
    if (region != null) filters.put(NRI_REGION, List.of(region));
    if (nriKind != null) filters.put(NRI_KIND, List.of(nriKind));
    Stats nri = topicStats(analysedPassages(filters).add("fq", IS_NRI + ":1"));
    List<NriPriorities.Row> rows = NriPriorities.rank(nri.topics(), nri.documents());
    Map<String, NriPriorities.Row> global = new HashMap<>();
    if (compareGlobal) {
      Stats g = topicStats(analysedPassages(year == null ? Map.of() : Map.of(YEAR, List.of(year.toString()))).add("fq", "-" + IS_NRI + ":1"));
      NriPriorities.rank(g.topics(), g.documents()).forEach(r -> global.put(r.topic(), r));
    }
    return NriPriorities.response(year, region, nriKind, nri.documents(), nri.nris(), version, rows, top,
        compareGlobal, global, "; counted by SolrCloud (JSON facets: termfreq() sums per topic, unique(docId), NRI names as terms)");
  }

  private record Stats(Map<String, NriPriorities.TopicStat> topics, long documents, long nris) {}

  private Stats topicStats(Params filter) {
    ObjectNode f = Resources.JSON.createObjectNode();
    f.put("docs", "unique(" + DOC_ID + ")");
    f.putObject("nris").put("type", "terms").put("field", NRI).put("limit", -1);
    for (TopicVocabulary.Topic t : TopicVocabulary.get().all()) {
      ObjectNode q = f.putObject("t_" + t.id());
      q.put("type", "query").put("q", TOPIC_MENTIONS + ":" + Params.quote(t.id()));
      ObjectNode sub = q.putObject("facet");
      sub.put("mentions", "sum(termfreq(" + TOPIC_MENTIONS + "," + Params.quote(t.id()) + "))");
      sub.put("docs", "unique(" + DOC_ID + ")");
      sub.putObject("nris").put("type", "terms").put("field", NRI).put("limit", -1);
    }
    JsonNode r = select(filter.add("q", "*:*").add("rows", "0").add("json.facet", f.toString())).path("facets");
    Map<String, NriPriorities.TopicStat> out = new LinkedHashMap<>();
    for (TopicVocabulary.Topic t : TopicVocabulary.get().all()) {
      JsonNode b = r.path("t_" + t.id());
      if (b.path("count").asLong() == 0) continue;
      List<String> names = new ArrayList<>();
      for (JsonNode n : b.path("nris").path("buckets")) names.add(n.path("val").asText());
      out.put(t.id(), new NriPriorities.TopicStat(Math.round(b.path("mentions").asDouble()), b.path("docs").asLong(), names));
    }
    return new Stats(out, r.path("docs").asLong(), r.path("nris").path("buckets").size());
  }

  // ---------------------------------------------------------------- concordance

  private static final String START_MARK = "\u0002";
  private static final String END_MARK = "\u0003";

  @Override
  public Concordance.Response concordance(String q, int width, Concordance.Order order, Map<String, List<String>> filters, int limit) {
    Concordance.check(q, width, limit);
    Params p = Params.of("q", query(q), "fq", KIND + ":" + KIND_PASSAGE, "rows", Concordance.MAX_LINES,
        "sort", YEAR + " asc," + DOC_ID + " asc," + ORDINAL + " asc", "fl", "*");
    highlightWhole(p, START_MARK, END_MARK, ""); // the matches' offsets in the stored text
    filters(p, filters, false);
    JsonNode r = select(p);
    long passages = r.path("response").path("numFound").asLong();
    List<Concordance.Line> lines = new ArrayList<>();
    boolean truncated = false;
    outer:
    for (JsonNode d : r.path("response").path("docs")) {
      JsonNode h = r.path("highlighting").path(d.path("id").asText()).path(TEXT);
      if (!h.isArray() || h.isEmpty()) continue;
      Document s = stored(d);
      String text = s.get(TEXT);
      String marked = h.get(0).asText();
      int offset = 0;
      StringBuilder plain = new StringBuilder();
      for (int i = 0; i < marked.length(); i++) {
        String c = marked.substring(i, i + 1);
        if (c.equals(START_MARK)) {
          offset = plain.length();
        } else if (c.equals(END_MARK)) {
          if (lines.size() >= limit) {
            truncated = true;
            break outer;
          }
          int start = offset;
          int end = plain.length();
          if (end <= text.length()) {
            lines.add(new Concordance.Line(Concordance.left(text, start, width), text.substring(start, end),
                Concordance.right(text, end, width), s.get(DOC_ID), s.get(PASSAGE_ID), s.getField(ORDINAL).numericValue().intValue(),
                s.get(TITLE), StoredHits.year(s), s.get(SPEAKER), s.get(DOC_KIND), s.get(SESSION_TYPE)));
          }
        } else {
          plain.append(c);
        }
      }
    }
    return Concordance.response(q, width, order, passages, lines, truncated);
  }

  // ---------------------------------------------------------------- keywords

  @Override
  public Keyness.Response keywords(Map<String, List<String>> filter, Map<String, List<String>> reference, int top) {
    if (filter.isEmpty()) throw new BadRequestException("give the subset with filter=field:value");
    if (top < 1 || top > 500) throw new BadRequestException("top must be between 1 and 500");
    String version = version();
    return cached(keywordCache, version + "|" + filter + "|" + reference + "|" + top, () -> keywords(filter, reference, top, version));
  }

  private Keyness.Response keywords(Map<String, List<String>> filter, Map<String, List<String>> reference, int top, String version) {
    Map<String, Long> t = wordCounts(analysedPassages(filter));
    Map<String, Long> r;
    if (!reference.isEmpty()) {
      r = wordCounts(analysedPassages(reference));
    } else {
      r = new HashMap<>(wordCounts(analysedPassages(Map.of())));
      t.forEach((w, n) -> r.merge(w, -n, Long::sum));
    }
    long tn = t.values().stream().mapToLong(Long::longValue).sum();
    long rn = r.values().stream().mapToLong(v -> Math.max(0, v)).sum();
    List<Keyness.Keyword> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : t.entrySet()) {
      long a = e.getValue();
      long b = Math.max(0, r.getOrDefault(e.getKey(), 0L));
      if (a < Keyness.MIN_COUNT || tn == 0 || rn == 0) continue;
      if (a / (double) tn <= b / (double) rn) continue;
      out.add(new Keyness.Keyword(e.getKey(), a, b, Math.round(Keyness.g2(a, b, tn, rn) * 1000) / 1000.0,
          Math.round(Keyness.logRatio(a, b, tn, rn) * 1000) / 1000.0));
    }
    out.sort((x, y) -> Double.compare(y.logLikelihood(), x.logLikelihood()));
    return new Keyness.Response(filter, reference, tn, rn,
        "log-likelihood G2 (Dunning 1993) and log2 ratio as the embedded backend computes them, but counted by SolrCloud "
            + "as passages holding each word (a terms facet on words, the " + WORD_LIMIT + " most frequent words of each "
            + "side), not as occurrences; words seen in fewer than " + Keyness.MIN_COUNT + " target passages are left out; "
            + "boilerplate passages are left out", version, out.subList(0, Math.min(top, out.size())));
  }

  static final int WORD_LIMIT = 20_000;

  private Map<String, Long> wordCounts(Params filter) {
    ObjectNode f = Resources.JSON.createObjectNode();
    f.putObject("w").put("type", "terms").put("field", WORDS).put("limit", WORD_LIMIT).put("mincount", 1);
    JsonNode r = select(filter.add("q", "*:*").add("rows", "0").add("json.facet", f.toString())).path("facets");
    Map<String, Long> out = new HashMap<>();
    for (JsonNode b : r.path("w").path("buckets")) {
      String w = b.path("val").asText();
      if (w.length() < 2 || w.chars().allMatch(Character::isDigit)) continue;
      out.put(w, b.path("count").asLong());
    }
    return out;
  }

  // ---------------------------------------------------------------- facet browsing

  @Override
  public FacetBrowser.Response facetValues(String field, String q, Map<String, List<String>> filters, String unit, String prefix,
                                           String contains, boolean az, int offset, int size) {
    String kind = FacetBrowser.check(field, unit, offset, size);
    filters.keySet().forEach(AtlasSearcher::requireFacet);
    Params p = Params.of("q", query(q), "fq", KIND + ":" + kind, "rows", "0");
    filters(p, filters, true);
    ObjectNode f = Resources.JSON.createObjectNode();
    ObjectNode v = f.putObject("v");
    v.put("type", "terms").put("field", Configset.facetField(field)).put("limit", -1).put("mincount", 1);
    v.putObject("domain").put("excludeTags", tag(field));
    JsonNode r = select(p.add("json.facet", f.toString()));
    return FacetBrowser.page(field, unit == null ? "passage" : unit, buckets(r.path("facets").path("v")), prefix, contains, az, offset, size);
  }

  @Override
  public List<SearchResponse.FacetValue> allValues(String dim, String kind) {
    AtlasSearcher.requireFacet(dim);
    ObjectNode f = Resources.JSON.createObjectNode();
    f.putObject("v").put("type", "terms").put("field", Configset.facetField(dim)).put("limit", -1).put("mincount", 1);
    return buckets(select(Params.of("q", "*:*", "fq", KIND + ":" + kind, "rows", "0", "json.facet", f.toString())).path("facets").path("v"));
  }

  // ---------------------------------------------------------------- the collection's version, cached answers

  private final ResultCache<TrendResponse> trendCache = new ResultCache<>(256);
  private final ResultCache<NriPriorities.Response> nriCache = new ResultCache<>(128);
  private final ResultCache<Keyness.Response> keywordCache = new ResultCache<>(64);
  private volatile String version;
  private volatile long versionAt;

  /**
   * The collection's state ({@code solrcloud:COLLECTION:entries:highest _version_}), checked at most once a second:
   * every update raises the highest {@code _version_}, so analytics answers are cached per state, as the embedded
   * backend caches them per index version.
   */
  private String version() {
    long now = System.nanoTime();
    if (version == null || now - versionAt > 1_000_000_000L) {
      JsonNode r = select(Params.of("q", "*:*", "rows", "0", "json.facet", "{v:\"max(_version_)\"}"));
      version = "solrcloud:" + collection + ":" + r.path("response").path("numFound").asLong() + ":"
          + r.path("facets").path("v").asText("0");
      versionAt = now;
    }
    return version;
  }

  private static <T> T cached(ResultCache<T> cache, String key, ResultCache.Computation<T> compute) {
    try {
      return cache.getOrCompute(key, compute);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- shared pieces

  /** The user's query as Solr reads it (the collection's defaults: field text, AND); blank means everything. */
  private String query(String q) {
    if (q == null || q.isBlank() || q.strip().equals("*")) return "*:*";
    // Lucene's classic parser gives a query of negations alone, "-foo", no match; Solr's adds "everything" to it
    if (parser.parse(q) instanceof org.apache.lucene.search.BooleanQuery bq && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.occur() == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT)) {
      return "-*:*";
    }
    return q;
  }

  /** What a document entry is read with: its stored fields but its whole text. */
  private static final String DOCUMENT_FIELDS = Configset.documentFieldList();

  /** Equal scores in document order, a document's entries in passage order, as the embedded index breaks ties. */
  private static final String TIES = DOC_ID + " asc," + ORDINAL + " asc,id asc";

  private static String tag(String dim) {
    return "f_" + dim;
  }

  /** Filters as filter queries, OR within a field and AND across fields; tagged for multi-select counts. */
  private static void filters(Params p, Map<String, List<String>> filters, boolean tagged) {
    filters.forEach((dim, values) -> {
      AtlasSearcher.requireFacet(dim);
      String field = Configset.facetField(dim);
      List<String> clauses = new ArrayList<>();
      for (String v : values) {
        if (dim.equals(YEAR) && !v.strip().matches("-?\\d{1,9}")) continue; // not a year: matches nothing, as in Lucene
        clauses.add(field + ":" + (dim.equals(YEAR) ? v.strip() : Params.quote(v)));
      }
      String q = clauses.isEmpty() ? "-*:*" : "(" + String.join(" OR ", clauses) + ")";
      p.add("fq", (tagged ? "{!tag=" + tag(dim) + "}" : "") + q);
    });
  }

  private static String termsQuery(String field, List<String> values) {
    return "{!terms f=" + field + "}" + String.join(",", values);
  }

  /** The passages analytics count: filtered, boilerplate left out (as {@code AtlasSearcher.analysedPassages}). */
  private Params analysedPassages(Map<String, List<String>> filters) {
    Params p = Params.of("fq", KIND + ":" + KIND_PASSAGE);
    filters.keySet().forEach(AtlasSearcher::requireFacet);
    filters(p, filters, false);
    notBoilerplate(p);
    return p;
  }

  /** Leaves out entries flagged as boilerplate and text held by more than 5 documents. */
  private void notBoilerplate(Params p) {
    p.add("fq", "-" + BOILERPLATE + ":1");
    List<String> keys = repeatedKeys();
    if (!keys.isEmpty()) p.add("fq", "-_query_:\"{!terms f=" + TEXT_KEY + " v=$bpkeys}\"").add("bpkeys", String.join(",", keys));
  }

  /** Text keys held by more than 5 documents: a facet of the documents' keys, read again when the collection changes. */
  private List<String> repeatedKeys() {
    String v = version();
    RepeatedKeys r0 = repeated;
    if (r0 != null && r0.version().equals(v)) return r0.keys();
    ObjectNode f = Resources.JSON.createObjectNode();
    f.putObject("k").put("type", "terms").put("field", DOC_TEXT_KEYS).put("limit", -1).put("mincount", 6);
    JsonNode r = select(Params.of("q", "*:*", "fq", KIND + ":" + KIND_DOCUMENT, "rows", "0", "json.facet", f.toString()));
    List<String> keys = new ArrayList<>();
    for (JsonNode b : r.path("facets").path("k").path("buckets")) keys.add(b.path("val").asText());
    repeated = new RepeatedKeys(v, List.copyOf(keys));
    return keys;
  }

  /** Snippets of a hit as the embedded backend's highlighter makes them: up to two sentences, joined by " … ". */
  private static void highlightSnippets(Params p) {
    p.add("hl", "true").add("hl.method", "unified").add("hl.fl", TEXT).add("hl.snippets", 2)
        .add("hl.tag.pre", "<mark>").add("hl.tag.post", "</mark>").add("hl.encoder", "html").add("hl.tag.ellipsis", " … ")
        .add("hl.defaultSummary", "true").add("hl.maxAnalyzedChars", "20000").add("hl.weightMatches", "true")
        .add("hl.bs.type", "SENTENCE").add("hl.fragsize", "0");
  }

  /** A passage's whole text with its matches between {@code pre} and {@code post} (none: no highlight). */
  private static void highlightWhole(Params p, String pre, String post, String encoder) {
    p.add("hl", "true").add("hl.method", "unified").add("hl.fl", TEXT).add("hl.bs.type", "WHOLE").add("hl.fragsize", "0")
        .add("hl.tag.pre", pre).add("hl.tag.post", post).add("hl.encoder", encoder).add("hl.maxAnalyzedChars", "10000000")
        .add("hl.defaultSummary", "false").add("hl.weightMatches", "true");
  }

  /** A hit's highlighted snippets joined as the embedded backend joins them, or its text's start when none. */
  private static String snippet(JsonNode response, JsonNode d, Document stored) {
    JsonNode h = response.path("highlighting").path(d.path("id").asText()).path(TEXT);
    if (h.isArray() && !h.isEmpty()) {
      List<String> parts = new ArrayList<>();
      h.forEach(s -> parts.add(s.asText()));
      return String.join(" … ", parts);
    }
    String t = stored.get(TEXT);
    return t == null ? null : Snippets.escape(t.length() > 300 ? t.substring(0, 300) : t);
  }


  private static List<SearchResponse.FacetValue> buckets(JsonNode facet) {
    List<SearchResponse.FacetValue> out = new ArrayList<>();
    for (JsonNode b : facet.path("buckets")) out.add(new SearchResponse.FacetValue(b.path("val").asText(), b.path("count").asLong()));
    return out;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  /** Fields whose stored values are numbers in the embedded index. */
  private static final java.util.Set<String> INTS = java.util.Set.of(ORDINAL, YEAR, TOKENS, START, END, PASSAGES);

  /** A Solr document's stored fields as the embedded index's stored document, for the shared hit and reader views. */
  static Document stored(JsonNode d) {
    Document out = new Document();
    d.properties().forEach(e -> {
      String name = e.getKey();
      if (name.equals("score") || name.equals("id") || name.equals("_version_") || name.equals(Configset.SPEAKER_FACET)) return;
      JsonNode v = e.getValue();
      List<JsonNode> values = v.isArray() ? list(v) : List.of(v);
      for (JsonNode x : values) {
        if (INTS.contains(name)) out.add(new StoredField(name, x.asInt()));
        else if (name.equals(STRENGTH)) out.add(new StoredField(name, x.asDouble()));
        else out.add(new StoredField(name, x.asText()));
      }
    });
    return out;
  }

  private JsonNode select(Params p) {
    try {
      return solr.select(collection, p);
    } catch (SolrException e) {
      if (e.status() == 400) throw new BadRequestException(e.getMessage());
      throw e;
    }
  }

  @Override
  public void close() {
    solr.close();
  }
}
