package org.igfatlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code igf solr start|stop|status}: a local SolrCloud to try the distributed backend on one machine. */
@Command(name = "solr", mixinStandardHelpOptions = true,
    description = "A local SolrCloud (embedded ZooKeeper, Solr's MiniSolrCloudCluster, in its own JVM): start, status, stop.")
public final class SolrCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ACTION", description = "start, status or stop")
  String action;

  @Option(names = "--nodes", defaultValue = "2", description = "Solr nodes to start (default: ${DEFAULT-VALUE})")
  int nodes;

  @Option(names = "--dir", defaultValue = "data/solrcloud", description = "The cluster's folder: data, logs, address (default: ${DEFAULT-VALUE})")
  Path dir;

  @Option(names = "--heap", defaultValue = "2g", description = "Heap of the cluster's JVM (default: ${DEFAULT-VALUE})")
  String heap;

  @Option(names = "--node", description = "With stop: stop only this node (1-based), as a failed machine would")
  Integer node;

  @Override
  public Integer call() throws Exception {
    LocalSolrCloud cloud = new LocalSolrCloud(dir);
    switch (action) {
      case "start" -> {
        if (nodes < 1 || nodes > 8) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--nodes must be 1 to 8");
        boolean was = cloud.running().isPresent();
        LocalSolrCloud.Cluster c = cloud.start(nodes, LocalSolrCloud.classPath(), heap);
        System.out.println((was ? "SolrCloud already running" : "SolrCloud started") + ": " + c.nodes().size() + " nodes, ZooKeeper " + c.zk());
        c.nodes().forEach(n -> System.out.println("  node " + n));
        if (!was) System.out.println("a fresh, empty cluster (a local cluster keeps nothing from an earlier start)");
        System.out.println("next: ./igf index corpus --solr " + c.spec() + "   then   ./igf serve --solr " + c.spec());
        return 0;
      }
      case "status" -> {
        var c = cloud.running();
        if (c.isEmpty()) {
          System.out.println("no local SolrCloud running from " + dir);
          return 1;
        }
        System.out.println("SolrCloud running: ZooKeeper " + c.get().zk() + "; nodes " + c.get().spec());
        return 0;
      }
      case "stop" -> {
        if (node != null) {
          var c = cloud.running();
          if (c.isEmpty()) {
            System.out.println("no local SolrCloud running from " + dir);
            return 1;
          }
          if (node < 1 || node > c.get().nodes().size()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "--node must be between 1 and " + c.get().nodes().size());
          }
          cloud.stopNode(node);
          System.out.println("stopped node " + node);
          return 0;
        }
        System.out.println(cloud.stop() ? "SolrCloud stopped" : "no local SolrCloud running from " + dir);
        return 0;
      }
      default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "ACTION must be start, status or stop, not '" + action + "'");
    }
  }
}
