package org.igfatlas.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A local SolrCloud in its own JVM (module {@code solr/}, Solr's own Lucene 9 and Jetty 10 on its class path, never on
 * ours): started in the background, found again through its folder ({@code cluster.txt} with the ZooKeeper address
 * and the node URLs, {@code pid}, {@code solr.log}) and told to stop a node or shut down through {@code control}.
 */
public final class LocalSolrCloud {
  static final String MAIN = "org.igfatlas.solrnode.LocalCloud";
  private final Path dir;

  public LocalSolrCloud(Path dir) {
    this.dir = dir.toAbsolutePath();
  }

  /** The cluster as {@code cluster.txt} describes it. */
  public record Cluster(String zk, List<String> nodes) {
    /** The node URLs, comma-separated: what {@code --solr} takes. */
    public String spec() {
      return String.join(",", nodes);
    }
  }

  /** The running cluster of this folder, if there is one. */
  public Optional<Cluster> running() throws IOException {
    Optional<ProcessHandle> p = process();
    if (p.isEmpty() || !Files.exists(dir.resolve("cluster.txt"))) return Optional.empty();
    return Optional.of(read());
  }

  private Optional<ProcessHandle> process() throws IOException {
    Path pid = dir.resolve("pid");
    if (!Files.exists(pid)) return Optional.empty();
    return ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).filter(ProcessHandle::isAlive);
  }

  private Cluster read() throws IOException {
    String zk = null;
    List<String> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("cluster.txt"))) {
      if (line.startsWith("zk ")) zk = line.substring(3).strip();
      if (line.startsWith("node ")) nodes.add(line.substring(5).strip());
    }
    return new Cluster(zk, nodes);
  }

  /**
   * Starts {@code nodes} Solr nodes and an embedded ZooKeeper with {@code heap} ({@code -Xmx} form) in a JVM of their
   * own, from {@code classPath}; returns once the cluster answers (or fails with its log's last lines).
   */
  public Cluster start(int nodes, String classPath, String heap) throws IOException, InterruptedException {
    Optional<Cluster> already = running();
    if (already.isPresent()) return already.get();
    Files.createDirectories(dir);
    Files.deleteIfExists(dir.resolve("cluster.txt"));
    Files.deleteIfExists(dir.resolve("control"));
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx" + heap, "-Dlog4j2.formatMsgNoLookups=true", "-cp", classPath, MAIN,
        dir.toString(), Integer.toString(nodes));
    pb.redirectErrorStream(true).redirectOutput(dir.resolve("solr.log").toFile()).redirectInput(ProcessBuilder.Redirect.from(
        Path.of("/dev/null").toFile()));
    Process p = pb.start();
    Files.writeString(dir.resolve("pid"), Long.toString(p.pid()));
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) throw new IOException("the Solr JVM ended (exit " + p.exitValue() + "): " + tail());
      if (Files.exists(dir.resolve("cluster.txt")) && log().contains("SOLRCLOUD READY")) return read();
      Thread.sleep(250);
    }
    p.destroy();
    throw new IOException("the local SolrCloud did not start within 180 s: " + tail());
  }

  /** Stops node {@code n} (1-based): its replicas go down, the other nodes go on answering. */
  public void stopNode(int n) throws IOException, InterruptedException {
    command("stop-node " + n);
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (log().contains("SOLRCLOUD NODE STOPPED " + n)) return;
      Thread.sleep(200);
    }
    throw new IOException("node " + n + " did not stop within 60 s: " + tail());
  }

  /** Shuts the cluster down; returns whether one was running. */
  public boolean stop() throws IOException, InterruptedException {
    Optional<ProcessHandle> p = process();
    if (p.isEmpty()) return false;
    command("shutdown");
    try {
      p.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      p.get().destroy();
      p.get().onExit().join();
    }
    Files.deleteIfExists(dir.resolve("pid"));
    Files.deleteIfExists(dir.resolve("cluster.txt"));
    return true;
  }

  private void command(String c) throws IOException {
    Files.writeString(dir.resolve("control"), c + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  private String log() throws IOException {
    Path log = dir.resolve("solr.log");
    return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
  }

  private String tail() throws IOException {
    List<String> lines = log().lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
  }

  /** The Solr JVM's class path as the launcher gives it ({@code IGF_SOLR_CP}), or a clear error. */
  public static String classPath() {
    String cp = System.getenv("IGF_SOLR_CP");
    if (cp == null || cp.isBlank()) {
      throw new IllegalStateException("the Solr class path is not set (IGF_SOLR_CP): run this through ./igf, which builds solr/ on first use");
    }
    return cp;
  }
}
