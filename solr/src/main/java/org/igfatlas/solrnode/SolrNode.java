package org.igfatlas.solrnode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.embedded.JettyConfig;

/**
 * A standalone Solr node on loopback with one core, {@code passages}, for {@code igf bench solr}.
 * <p>
 * Usage: {@code SolrNode SOLR_HOME PORT}. Lays out the Solr home from this jar's configuration (keeping an
 * existing core's data, so a loaded index is reused), starts Solr's own Jetty, prints {@code SOLR READY <port>}
 * and runs until its standard input closes (the benchmark holds it open), then stops cleanly.
 */
public final class SolrNode {
  private static final List<String> CONFIG = List.of("solr.xml", "passages/core.properties",
      "passages/conf/solrconfig.xml", "passages/conf/schema.xml", "passages/conf/stopwords_en.txt");

  private SolrNode() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: SolrNode SOLR_HOME PORT");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    layOut(home);
    JettySolrRunner solr = new JettySolrRunner(home.toString(),
        JettyConfig.builder().setPort(Integer.parseInt(args[1])).setContext("/solr").useOnlyHttp1(true).build());
    solr.start();
    System.out.println("SOLR READY " + solr.getLocalPort());
    System.out.flush();
    try {
      while (System.in.read() != -1) {
        // wait for the benchmark to close our standard input
      }
    } finally {
      solr.stop();
    }
  }

  static void layOut(Path home) throws IOException {
    for (String name : CONFIG) {
      Path target = home.resolve(name);
      Files.createDirectories(target.getParent());
      try (InputStream in = SolrNode.class.getResourceAsStream("/solr-home/" + name)) {
        if (in == null) throw new IOException("missing resource solr-home/" + name);
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
