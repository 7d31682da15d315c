package org.igfatlas.solrnode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A local SolrCloud for {@code igf solr start}: Solr's own {@link MiniSolrCloudCluster} (embedded ZooKeeper, N Solr
 * nodes on loopback, each a real HTTP node), the cluster the project's tests and benchmarks use too.
 * <p>
 * Usage: {@code LocalCloud DIR NODES}. Writes {@code DIR/cluster.txt} (the ZooKeeper address, then one node URL per
 * line), prints {@code SOLRCLOUD READY} and the same lines, then serves until told otherwise through
 * {@code DIR/control}: a line {@code stop-node N} stops node N (1-based; its replicas go down, the others answer),
 * {@code shutdown} stops the cluster. A stopped JVM (SIGTERM) shuts the cluster down too. Each start is a fresh
 * cluster (the previous one's data is removed): a local cluster is for trying the distributed backend, not for keeping.
 * <p>
 * Uploading a configset over HTTP is enabled ({@code configset.upload.enabled}): the project creates its collection
 * with its own configset, generated from its schema, through Solr's Configset API as it would on any cluster.
 */
public final class LocalCloud {
  private LocalCloud() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: LocalCloud DIR NODES");
      System.exit(2);
    }
    Path dir = Path.of(args[0]).toAbsolutePath();
    int nodes = Integer.parseInt(args[1]);
    Files.createDirectories(dir);
    Path control = dir.resolve("control");
    Files.deleteIfExists(control);
    // a fresh cluster each time: nodes start on new ports, so a previous ZooKeeper state would name nodes that are gone
    Path nodesDir = dir.resolve("nodes");
    if (Files.exists(nodesDir)) {
      try (var files = Files.walk(nodesDir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      }
    }
    System.setProperty("configset.upload.enabled", "true");
    System.setProperty("solr.log.dir", dir.resolve("logs").toString());
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, nodesDir)
        .withJettyConfig(j -> j.useOnlyHttp1(true))
        .build();
    Thread hook = new Thread(() -> shutdown(cluster));
    Runtime.getRuntime().addShutdownHook(hook);
    List<String> lines = new ArrayList<>();
    lines.add("zk " + cluster.getZkServer().getZkAddress());
    for (JettySolrRunner node : cluster.getJettySolrRunners()) lines.add("node " + node.getBaseUrl());
    Files.write(dir.resolve("cluster.txt"), lines);
    System.out.println("SOLRCLOUD READY");
    lines.forEach(System.out::println);
    System.out.flush();
    long seen = 0;
    while (true) {
      Thread.sleep(200);
      if (!Files.exists(control)) continue;
      List<String> commands = Files.readAllLines(control);
      for (long i = seen; i < commands.size(); i++) {
        String c = commands.get((int) i).strip();
        if (c.equals("shutdown")) {
          Runtime.getRuntime().removeShutdownHook(hook);
          shutdown(cluster);
          System.out.println("SOLRCLOUD STOPPED");
          System.exit(0);
        }
        if (c.startsWith("stop-node ")) {
          try { // a bad command is reported, and the cluster goes on listening
            int n = Integer.parseInt(c.substring("stop-node ".length()).strip());
            JettySolrRunner node = cluster.getJettySolrRunner(n - 1);
            if (!node.isStopped()) cluster.stopJettySolrRunner(node);
            cluster.waitForJettyToStop(node);
            System.out.println("SOLRCLOUD NODE STOPPED " + n);
          } catch (Exception e) {
            System.out.println("SOLRCLOUD COMMAND FAILED " + c + ": " + e);
          }
          System.out.flush();
        }
      }
      seen = commands.size();
    }
  }

  private static void shutdown(MiniSolrCloudCluster cluster) {
    try {
      cluster.shutdown();
    } catch (Exception e) {
      System.err.println("solr: shutdown: " + e);
    }
  }
}
