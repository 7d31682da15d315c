package org.igfatlas.bench;

import picocli.CommandLine;

/**
 * {@code igf bench …}: the benchmarks, outside the product's jar. The launcher runs this class with the bench jar
 * beside the product's class path; the subcommands are those of {@link BenchCommand}.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) {
    boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
    }
    if (!verbose) java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    String[] rest = java.util.Arrays.stream(args).filter(a -> !a.equals("--verbose")).toArray(String[]::new);
    System.exit(new CommandLine(new BenchCommand()).setCommandName("igf bench").execute(rest));
  }
}
