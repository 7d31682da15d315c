package org.igfatlas.http;

import org.igfatlas.backend.Backend;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.igfatlas.analytics.Concordance;
import org.igfatlas.analytics.FacetBrowser;
import org.igfatlas.analytics.Keyness;
import org.igfatlas.analytics.NriPriorities;
import org.igfatlas.analytics.TrendRequest;
import org.igfatlas.analytics.TrendResponse;
import org.igfatlas.analytics.TrendService;
import org.igfatlas.search.AtlasSearcher;
import org.igfatlas.search.BadRequestException;

/** The analytics endpoints: trends, NRI priorities, concordance, keywords, facet values; each can answer CSV. */
final class AnalyticsRoutes {
  private final Backend backend;

  AnalyticsRoutes(Backend backend) {
    this.backend = backend;
  }

  /** Registers the endpoints, each handler wrapped by {@code timed} (the server's per-request time limit). */
  void register(RoutesConfig routes, java.util.function.UnaryOperator<io.javalin.http.Handler> timed) {
    routes.get("/api/trends", timed.apply(this::trends));
    routes.get("/api/nri/priorities", timed.apply(this::nriPriorities));
    routes.get("/api/concordance", timed.apply(this::concordance));
    routes.get("/api/keywords", timed.apply(this::keywords));
    routes.get("/api/facets/{field}", timed.apply(this::facetValues));
  }

  /** Years a trend may ask for: far beyond any meeting, far from integer overflow. */
  static final int FIRST_YEAR = 1000;
  static final int LAST_YEAR = 9999;

  private static Integer optionalYear(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return null;
    return ApiServer.intParam(ctx, name, 0, FIRST_YEAR, LAST_YEAR);
  }

  private void trends(Context ctx) {
    String by = ctx.queryParamAsClass("by", String.class).getOrDefault("year");
    if (!by.equals("year")) throw new BadRequestException("by must be year");
    TrendRequest.Measure measure = ApiServer.enumParam(ctx, "measure", TrendRequest.Measure.class, TrendRequest.Measure.MENTIONS);
    TrendResponse r = backend.trends(new TrendRequest(ctx.queryParams("term"), ctx.queryParams("topic"), ctx.queryParam("split"),
        ApiServer.filters(ctx, "filter"), measure, optionalYear(ctx, "from"), optionalYear(ctx, "to")));
    if (Csv.wanted(ctx)) {
      List<List<?>> rows = new ArrayList<>();
      for (TrendResponse.Series s : r.series()) {
        for (TrendResponse.Point p : s.points()) {
          rows.add(Arrays.asList(s.label(), s.term(), s.topic(), s.splitValue(), p.year(), p.count(), p.total(), p.value(), p.lowVolume()));
        }
      }
      Csv.send(ctx, "igf-trends", List.of("series", "term", "topic", "split", "year", "count", "total", "value", "lowVolume"), rows);
    } else {
      ctx.json(r);
    }
  }

  private void nriPriorities(Context ctx) {
    NriPriorities.Response r = backend.nriPriorities(optionalYear(ctx, "year"), blankToNull(ctx.queryParam("region")),
        blankToNull(ctx.queryParam("nriKind")), ApiServer.intParam(ctx, "top", 10, 1, 100), "global".equals(ctx.queryParam("compare")));
    if (Csv.wanted(ctx)) {
      List<List<?>> rows = new ArrayList<>();
      r.topics().forEach(t -> rows.add(Arrays.asList(t.rank(), t.topic(), t.label(), t.theme(), t.documents(), t.nriDocuments(),
          t.share(), t.mentions(), t.nris(), t.globalRank(), t.globalShare())));
      Csv.send(ctx, "igf-nri-priorities", List.of("rank", "topic", "label", "theme", "documents", "nriDocuments", "share",
          "mentions", "nris", "globalRank", "globalShare"), rows);
    } else {
      ctx.json(r);
    }
  }

  private void concordance(Context ctx) {
    Concordance.Order order = ApiServer.enumParam(ctx, "sort", Concordance.Order.class, Concordance.Order.DOC);
    Concordance.Response r = backend.concordance(ctx.queryParam("q"), ApiServer.intParam(ctx, "width", 60, 1, 500), order,
        ApiServer.filters(ctx, "filter"), ApiServer.intParam(ctx, "size", Csv.wanted(ctx) ? Concordance.MAX_LINES : 500, 0, Concordance.MAX_LINES));
    if (Csv.wanted(ctx)) {
      List<List<?>> rows = new ArrayList<>();
      r.lines().forEach(l -> rows.add(Arrays.asList(l.left(), l.match(), l.right(), l.title(), l.year(), l.speaker(), l.docId(), l.passageId())));
      Csv.send(ctx, "igf-concordance", List.of("left", "match", "right", "title", "year", "speaker", "docId", "passageId"), rows);
    } else {
      ctx.json(r);
    }
  }

  private void keywords(Context ctx) {
    Keyness.Response r = backend.keywords(ApiServer.filters(ctx, "filter"), ApiServer.filters(ctx, "reference"), ApiServer.intParam(ctx, "top", 50, 1, 1000));
    if (Csv.wanted(ctx)) {
      List<List<?>> rows = new ArrayList<>();
      r.keywords().forEach(k -> rows.add(Arrays.asList(k.term(), k.target(), k.reference(), k.logLikelihood(), k.logRatio())));
      Csv.send(ctx, "igf-keywords", List.of("term", "target", "reference", "logLikelihood", "logRatio"), rows);
    } else {
      ctx.json(r);
    }
  }

  private void facetValues(Context ctx) {
    FacetBrowser.Response r = backend.facetValues(ctx.pathParam("field"), ctx.queryParam("q"), ApiServer.filters(ctx, "filter"),
        ctx.queryParam("unit"), blankToNull(ctx.queryParam("prefix")), blankToNull(ctx.queryParam("contains")),
        "az".equals(ctx.queryParam("sort")), ApiServer.intParam(ctx, "offset", 0, 0, 1_000_000), ApiServer.intParam(ctx, "size", 100, 0, 1000));
    if (Csv.wanted(ctx)) {
      List<List<?>> rows = new ArrayList<>();
      r.values().forEach(v -> rows.add(Arrays.asList(v.value(), v.count())));
      Csv.send(ctx, "igf-facet-" + r.field(), List.of("value", "count"), rows);
    } else {
      ctx.json(r);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
