package org.igfatlas.bench;

import picocli.CommandLine;

/**
 * {@code igf bench …}: the benchmarks, outside the product's jar. The launcher runs this class with the bench jar
 * beside the product's class path; the subcommands are those of {@link BenchCommand}.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) {
    org.igfatlas.cli.IgfCommand.quietLogs(args);
    String[] rest = java.util.Arrays.stream(args).filter(a -> !a.equals("--verbose")).toArray(String[]::new);
    System.exit(new CommandLine(new BenchCommand()).setCommandName("igf bench").execute(rest));
  }
}
