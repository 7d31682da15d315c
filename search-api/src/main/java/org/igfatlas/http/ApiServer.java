package org.igfatlas.http;

import org.igfatlas.backend.Backend;
import org.igfatlas.backend.LuceneBackend;
import org.igfatlas.backend.PersonForms;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.igfatlas.analytics.NearDuplicates;
import org.igfatlas.schema.IndexSchema;
import org.igfatlas.search.AtlasSearcher;
import org.igfatlas.search.BadRequestException;
import org.igfatlas.search.DocumentView;
import org.igfatlas.search.NotFoundException;
import org.igfatlas.search.SearchRequest;
import org.igfatlas.search.SearchResponse;
import org.igfatlas.schema.ActorVocabulary;
import org.igfatlas.schema.StakeholderGroups;
import org.igfatlas.schema.TopicVocabulary;
import org.igfatlas.schema.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API (read-only) and, when asked, the browser UI's static files. Handlers are small: parse
 * parameters, call the {@link Backend}, return plain records as JSON. Errors are problem+json.
 */
public final class ApiServer {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  static final String PROBLEM_JSON = "application/problem+json";
  /** No remote assets, no inline scripts or styles, no framing. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final Backend backend;
  /** The mapper of the API's answers (Javalin's; its own, so that configuring it never touches data loading). */
  private final ObjectMapper json = new ObjectMapper();
  private final String openApi;
  private final AnalyticsRoutes analytics;
  /** The longest a search or analytics request may take, waiting for a worker included, before a 503. */
  public static final java.time.Duration DEFAULT_REQUEST_TIMEOUT = java.time.Duration.ofSeconds(10);
  private java.time.Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
  /**
   * The workers that answer search and analytics requests: a bounded pool, so a burst of expensive requests queues
   * (and times out with a 503) instead of starving the machine; daemon threads, so it never keeps a JVM alive.
   */
  private final java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(
      Math.max(2, Runtime.getRuntime().availableProcessors() * 2), r -> {
        Thread t = new Thread(r, "igf-api-worker");
        t.setDaemon(true);
        return t;
      });

  /**
   * Serves the API from {@code backend}: the embedded Lucene index, or another engine behind the same interface; the
   * person facet shows each person once whichever way documents write the name ({@link PersonForms}).
   */
  public ApiServer(Backend backend) {
    this.backend = backend instanceof PersonForms ? backend : new PersonForms(backend);
    this.analytics = new AnalyticsRoutes(this.backend);
    this.openApi = resource("openapi.json");
  }

  /** Serves the API from an open embedded index. */
  public ApiServer(AtlasSearcher searcher) {
    this(new LuceneBackend(searcher));
  }

  /** Sets the per-request time limit of search and analytics endpoints (default {@link #DEFAULT_REQUEST_TIMEOUT}). */
  public ApiServer withRequestTimeout(java.time.Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("the request timeout must be positive");
    this.requestTimeout = timeout;
    return this;
  }

  /**
   * {@code handler} run on a worker within the time limit: past it the client gets a 503 problem with
   * {@code Retry-After} at once, whatever the work still running (Lucene queries are not interruptible; the pool bounds
   * how many run). The handler writes to a {@link BufferedContext}: its answer reaches the client only if the limit
   * has not answered first, so a late answer can never mix with the 503.
   */
  io.javalin.http.Handler timed(io.javalin.http.Handler handler) {
    return ctx -> {
      BufferedContext buffered = new BufferedContext(ctx);
      ctx.async(config -> {
        config.timeout = requestTimeout.toMillis();
        config.executor = workers;
        config.onTimeout(c -> {
          if (buffered.claim()) {
            c.header("Retry-After", "5");
            problem(c, 503, "Service unavailable", "the request took longer than the server's limit of "
                + requestTimeout.toMillis() + " ms; narrow it (filters, fewer terms, a shorter year range) or retry later");
          }
        });
      }, () -> {
        try {
          handler.handle(buffered.context());
        } catch (Exception e) {
          if (!buffered.claim()) return; // answered by the limit: nothing more to say
          throw e;
        }
        buffered.replay();
      });
    };
  }

  /**
   * Builds the Javalin app; {@code uiClasspathDir} (e.g. {@code /public}) serves the browser UI from the class
   * path, or {@code null} for the API alone. Call {@link Javalin#start(String, int)} on the result.
   */
  public Javalin create(String uiClasspathDir) {
    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(json, false));
      config.http.defaultContentType = "application/json";
      config.startup.showJavalinBanner = false;
      // long query strings reach the API (and get a problem+json answer) up to 64 KB of request line and headers
      config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
      if (uiClasspathDir != null) {
        config.staticFiles.add(uiClasspathDir, Location.CLASSPATH);
        config.staticFiles.enableWebjars(); // /webjars/chart.js/<version>/dist/chart.umd.min.js
      }
      config.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
      });
      config.routes.get("/api/health", this::health);
      config.routes.get("/api/search", timed(this::search));
      config.routes.get("/api/documents/{docId}", timed(this::document));
      config.routes.get("/api/recommendations", timed(this::recommendations));
      analytics.register(config.routes, this::timed);
      config.routes.get("/api/taxonomy", this::taxonomy);
      config.routes.get("/api/topics", ctx -> ctx.json(Map.of("version", TopicVocabulary.get().version(), "topics", TopicVocabulary.get().all())));
      config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
      config.routes.exception(BadRequestException.class, (e, ctx) -> problem(ctx, 400, "Bad request", e.getMessage()));
      config.routes.exception(NotFoundException.class, (e, ctx) -> problem(ctx, 404, "Not found", e.getMessage()));
      // a SolrCloud backend whose nodes do not answer (or whose shards have no live replica): unavailable, not broken;
      // any other error of Solr (a missing collection, a refused query) is the server's fault
      config.routes.exception(org.igfatlas.solr.SolrException.class, (e, ctx) -> {
        if (e.status() == 503) {
          ctx.header("Retry-After", "5");
          problem(ctx, 503, "Service unavailable", "the search backend does not answer: " + e.getMessage());
        } else {
          LOG.error("request {} failed in the search backend", ctx.path(), e);
          problem(ctx, 500, "Internal error", "the search backend refused this request");
        }
      });
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("request {} failed", ctx.path(), e);
        problem(ctx, 500, "Internal error", "the server could not answer this request");
      });
      config.routes.error(404, ctx -> {
        String type = ctx.res().getContentType();
        if (ctx.path().startsWith("/api/") && (type == null || !type.startsWith(PROBLEM_JSON))) { // not a NotFoundException's answer
          problem(ctx, 404, "Not found", "no such endpoint: " + ctx.path() + " (see /api/openapi.json)");
        }
      });
      config.routes.error(405, ctx -> problem(ctx, 405, "Method not allowed", "the API is read-only: use GET"));
    });
  }

  private void health(Context ctx) {
    Backend.Health h = backend.health();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", "ok");
    out.put("documents", h.documents());
    out.put("passages", h.passages());
    out.put("backend", h.backend());
    out.put("nodes", h.nodes());
    ctx.json(out);
  }

  private void search(Context ctx) {
    answer(ctx, backend.search(searchRequest(ctx)), "igf-search");
  }

  /** Search-shaped answers as JSON, or as CSV (one row per hit) with format=csv. */
  private static void answer(Context ctx, SearchResponse r, String name) {
    if (!Csv.wanted(ctx)) {
      ctx.json(r);
      return;
    }
    List<List<?>> rows = new ArrayList<>();
    for (SearchResponse.Hit h : r.hits()) {
      rows.add(Arrays.asList(h.docId(), h.passageId(), h.title(), h.year(), h.meeting(), h.sessionType(), h.docKind(),
          h.tracks(), h.themes(), h.speaker(), h.actors(), h.topics(), h.snippet().replaceAll("</?mark>", ""), h.score(), h.source()));
    }
    Csv.send(ctx, name, List.of("docId", "passageId", "title", "year", "meeting", "sessionType", "docKind", "tracks",
        "themes", "speaker", "actors", "topics", "text", "score", "source"), rows);
  }

  /** Reads the search parameters shared by the search endpoint and the UI. */
  static SearchRequest searchRequest(Context ctx) {
    Map<String, List<String>> filters = filters(ctx, "filter");
    List<String> facets = new ArrayList<>();
    for (String p : ctx.queryParams("facets")) {
      Arrays.stream(p.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(facets::add);
    }
    String unit = ctx.queryParam("unit");
    SearchRequest.Unit u;
    if (unit == null || unit.equals("passage")) u = SearchRequest.Unit.PASSAGE;
    else if (unit.equals("document")) u = SearchRequest.Unit.DOCUMENT;
    else throw new BadRequestException("unit must be passage or document");
    String sort = ctx.queryParam("sort");
    SearchRequest.SortOrder order;
    if (sort == null || sort.equals("relevance")) order = SearchRequest.SortOrder.RELEVANCE;
    else if (sort.equals("year") || sort.equals("year_desc")) order = SearchRequest.SortOrder.YEAR_DESC;
    else if (sort.equals("year_asc")) order = SearchRequest.SortOrder.YEAR_ASC;
    else if (sort.equals("strength")) order = SearchRequest.SortOrder.STRENGTH;
    else throw new BadRequestException("sort must be relevance, year (newest first), year_asc or strength");
    return new SearchRequest(ctx.queryParam("q"), filters, facets, u, intParam(ctx, "page", 1), intParam(ctx, "size", 20), order);
  }

  /** filter=field:value parameters (or those of another name, e.g. reference=). */
  static Map<String, List<String>> filters(Context ctx, String param) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String f : ctx.queryParams(param)) {
      int colon = f.indexOf(':');
      if (colon <= 0 || colon == f.length() - 1) throw new BadRequestException(param + " must be field:value, got '" + f + "'");
      out.computeIfAbsent(f.substring(0, colon), k -> new ArrayList<>()).add(f.substring(colon + 1));
    }
    return out;
  }

  /** An enum parameter given in lower case ({@code measure=per10k}); 400 with the accepted values otherwise. */
  static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type, E dflt) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return dflt;
    try {
      return Enum.valueOf(type, v.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> accepted = java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList();
      throw new BadRequestException(name + " must be one of " + accepted + ", got '" + v + "'");
    }
  }

  static int intParam(Context ctx, String name, int dflt) {
    return intParam(ctx, name, dflt, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** An integer parameter within [min, max]; anything else (too long, not a number, out of range) is a 400. */
  static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return dflt;
    try {
      long l = Long.parseLong(v.strip());
      if (l < min || l > max) throw new BadRequestException(name + " must be between " + min + " and " + max + ", got '" + v + "'");
      return (int) l;
    } catch (NumberFormatException e) {
      throw new BadRequestException(name + " must be an integer, got '" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "'");
    }
  }

  static double doubleParam(Context ctx, String name, double dflt, double min, double max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return dflt;
    try {
      double d = Double.parseDouble(v.strip());
      if (!(d >= min && d <= max)) throw new BadRequestException(name + " must be between " + min + " and " + max + ", got '" + v + "'");
      return d;
    } catch (NumberFormatException e) {
      throw new BadRequestException(name + " must be a number, got '" + v + "'");
    }
  }

  /** Filter parameters of the recommendations explorer, each repeatable, OR within a field. */
  static final List<String> RECOMMENDATION_FILTERS = List.of("theme", "actor", "topic", "year", "sessionType", "docKind",
      "meeting", "speaker", "stakeholder", "nri", "nriRegion");

  private void recommendations(Context ctx) {
    SearchRequest base = searchRequest(ctx);
    Map<String, List<String>> filters = new LinkedHashMap<>(base.filters());
    for (String f : RECOMMENDATION_FILTERS) {
      for (String v : ctx.queryParams(f)) if (!v.isBlank()) filters.computeIfAbsent(f, k -> new ArrayList<>()).add(v.strip());
    }
    List<String> facets = base.facets().isEmpty() ? IndexSchema.FACET_VIEWS.get("recommendations") : base.facets();
    // strongest recommendations first unless another order is asked for; minStrength keeps the clearer ones
    SearchRequest.SortOrder order = ctx.queryParam("sort") == null ? SearchRequest.SortOrder.STRENGTH : base.sort();
    double minStrength = doubleParam(ctx, "minStrength", 0, 0, 1);
    SearchResponse r = backend.search(new SearchRequest(base.q(), filters, facets, SearchRequest.Unit.RECOMMENDATION,
        base.page(), base.size(), order, minStrength));
    answer(ctx, r.withGroups(NearDuplicates.group(r.hits())), "igf-recommendations");
  }

  /** Facet fields with their UI labels, readable labels of canonical ids, themes and annual meetings. */
  private void taxonomy(Context ctx) {
    Taxonomy t = Taxonomy.get();
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, String> facets = new LinkedHashMap<>();
    IndexSchema.FACETS.forEach(f -> facets.put(f.name(), f.label()));
    out.put("facets", facets);
    out.put("facetViews", IndexSchema.FACET_VIEWS);
    Map<String, Map<String, String>> labels = new LinkedHashMap<>(t.labels());
    Map<String, String> topics = new LinkedHashMap<>();
    TopicVocabulary.get().all().forEach(x -> topics.put(x.id(), x.label()));
    labels.put("topic", topics);
    Map<String, String> actors = new LinkedHashMap<>();
    ActorVocabulary.get().all().forEach(x -> actors.put(x.id(), x.label()));
    labels.put("actor", actors);
    labels.put("stakeholder", StakeholderGroups.labels());
    out.put("labels", labels);
    out.put("themes", t.themes());
    out.put("meetings", t.meetings());
    ctx.json(out);
  }

  private void document(Context ctx) {
    ctx.json(backend.document(ctx.pathParam("docId"), ctx.queryParam("q"), intParam(ctx, "from", 0, 0, Integer.MAX_VALUE),
        intParam(ctx, "size", DocumentView.DEFAULT_PAGE, 1, DocumentView.MAX_PAGE)));
  }

  private void problem(Context ctx, int status, String title, String detail) {
    try {
      ctx.status(HttpStatus.forStatus(status));
      ctx.contentType(PROBLEM_JSON);
      ctx.result(json.writeValueAsString(Problem.of(status, title, detail, ctx.path())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
