package org.igfatlas.solr;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.igfatlas.schema.Resources;

/**
 * A SolrCloud client on the JDK's {@link HttpClient}: requests go to one node of a list and fail over to the next
 * when a node does not answer (connection refused, timeout, a 5xx), the list growing from the cluster's live nodes
 * ({@code CLUSTERSTATUS}). Any node routes a request to the shards that hold the data, so any live node will do.
 */
public final class SolrClient implements AutoCloseable {
  private static final Duration CONNECT = Duration.ofSeconds(3);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT).version(HttpClient.Version.HTTP_1_1).build();
  /** Replaced whole, never changed in place: a request works on the list it read. */
  private volatile List<String> nodes;
  private final Duration timeout;
  private volatile int current;

  private SolrClient(List<String> seeds, Duration timeout) {
    this.nodes = List.copyOf(seeds);
    this.timeout = timeout;
  }

  /**
   * A client for {@code spec}: one or more node URLs ({@code http://host:8983/solr}), comma-separated. A ZooKeeper
   * address ({@code zk:host:2181/solr}) is refused with the reason: this client speaks HTTP only.
   */
  public static SolrClient connect(String spec) {
    return connect(spec, Duration.ofSeconds(60));
  }

  public static SolrClient connect(String spec, Duration timeout) {
    if (spec == null || spec.isBlank()) throw new IllegalArgumentException("--solr needs a node URL such as http://127.0.0.1:8983/solr");
    if (spec.startsWith("zk:")) {
      throw new IllegalArgumentException("--solr " + spec + ": give a node URL (http://host:port/solr) instead of the ZooKeeper "
          + "address; the client finds the other live nodes through the cluster status (igf solr start prints both)");
    }
    List<String> seeds = new ArrayList<>();
    for (String s : spec.split(",")) {
      String u = s.strip();
      if (u.isEmpty()) continue;
      if (!u.startsWith("http://") && !u.startsWith("https://")) throw new IllegalArgumentException("--solr " + u + ": not an http(s) URL");
      while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
      seeds.add(u);
    }
    if (seeds.isEmpty()) throw new IllegalArgumentException("--solr needs a node URL");
    return new SolrClient(seeds, timeout);
  }

  /** The node URLs this client knows, the one it is using first. */
  public List<String> nodes() {
    List<String> out = new ArrayList<>(nodes);
    int c = Math.floorMod(current, Math.max(1, out.size()));
    java.util.Collections.rotate(out, -c);
    return out;
  }

  /** A GET of {@code path} (under the node URL, e.g. {@code /admin/collections}) with {@code params}. */
  public JsonNode get(String path, Params params) {
    return send(path, base -> HttpRequest.newBuilder(URI.create(base + path + "?" + params.encoded())).GET());
  }

  /** A POST of {@code params} as a form (queries whose filters would make a URL too long). */
  public JsonNode postForm(String path, Params params) {
    return send(path, base -> HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(params.encoded())));
  }

  /** A POST of {@code body} with {@code contentType} to {@code path?params}. */
  public JsonNode post(String path, Params params, String contentType, byte[] body) {
    return send(path, base -> HttpRequest.newBuilder(URI.create(base + path + "?" + params.encoded()))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A search of {@code collection}: {@code /select} with the parameters posted as a form. */
  public JsonNode select(String collection, Params params) {
    return postForm("/" + collection + "/select", params.add("wt", "json"));
  }

  /** The cluster's live nodes as URLs; the client's node list is replaced by them (seeds kept at the end). */
  public List<String> refreshLiveNodes() {
    JsonNode status = get("/admin/collections", Params.of("action", "CLUSTERSTATUS", "wt", "json"));
    List<String> live = new ArrayList<>();
    for (JsonNode n : status.path("cluster").path("live_nodes")) live.add(nodeUrl(n.asText()));
    live.sort(null);
    if (!live.isEmpty()) {
      Set<String> all = new LinkedHashSet<>(live);
      all.addAll(nodes);
      String using = nodes.get(Math.floorMod(current, nodes.size()));
      List<String> next = List.copyOf(all);
      current = Math.max(0, next.indexOf(using));
      nodes = next;
    }
    return live;
  }

  /** A node name of the cluster state ({@code 127.0.0.1:8983_solr}) as its URL. */
  static String nodeUrl(String nodeName) {
    int us = nodeName.indexOf('_');
    String hostPort = us < 0 ? nodeName : nodeName.substring(0, us);
    String context = us < 0 ? "solr" : java.net.URLDecoder.decode(nodeName.substring(us + 1), java.nio.charset.StandardCharsets.UTF_8);
    return "http://" + hostPort + "/" + context;
  }

  @FunctionalInterface
  private interface RequestFor {
    HttpRequest.Builder at(String baseUrl);
  }

  private JsonNode send(String path, RequestFor request) {
    List<String> tried = new ArrayList<>();
    Exception last = null;
    List<String> list = nodes;
    int n = list.size();
    int start = Math.floorMod(current, n);
    for (int i = 0; i < n; i++) {
      int idx = (start + i) % n;
      String base = list.get(idx);
      tried.add(base);
      try {
        HttpResponse<byte[]> r = http.send(request.at(base).timeout(timeout).build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode body = parse(r.body());
        if (r.statusCode() >= 500) { // the node is up but cannot answer (shutting down, its replicas not ready): next
          last = new SolrException(r.statusCode(), message(path, r.statusCode(), body));
          continue;
        }
        if (list == nodes) current = idx;
        if (r.statusCode() >= 400) throw new SolrException(r.statusCode(), message(path, r.statusCode(), body));
        return body;
      } catch (IOException e) {
        last = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SolrException("interrupted", e);
      }
    }
    if (last instanceof SolrException se) throw se;
    throw new SolrException("no Solr node answers (tried " + String.join(", ", tried) + "): "
        + (last == null ? "no nodes" : last.getClass().getSimpleName() + (last.getMessage() == null ? "" : " " + last.getMessage())), last);
  }

  private static JsonNode parse(byte[] body) {
    try {
      return Resources.JSON.readTree(body);
    } catch (IOException e) {
      return Resources.JSON.createObjectNode().put("raw", new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private static String message(String path, int status, JsonNode body) {
    String msg = body.path("error").path("msg").asText(body.path("raw").asText(""));
    return "Solr " + path + " answered " + status + (msg.isEmpty() ? "" : ": " + msg);
  }

  @Override
  public void close() {
    http.close();
  }
}
