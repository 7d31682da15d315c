package org.igfatlas.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code igf} command line: {@code index}, {@code serve}, {@code eval}, {@code bench}. The libraries' INFO logs
 * (Jetty, Javalin, CoreNLP, Lucene) are hidden unless {@code --verbose} is given: the commands print their own lines.
 */
@Command(name = "igf", mixinStandardHelpOptions = true, versionProvider = IgfCommand.Version.class,
    description = "Search and analytics over Internet Governance Forum transcripts and reports.",
    footer = "Benchmarks: igf bench --help (module bench, beside the product's jar).",
    subcommands = {IndexCommand.class, ServeCommand.class, SolrCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class IgfCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Also print the libraries' INFO logs (Jetty, Javalin, CoreNLP)")
  boolean verbose;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** {@code igf --version}: the version, and the Java and heap the launcher gave it (what a bug report needs). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"IGF Atlas 0.1.0", String.format("Java %s (%s), max heap %,d MB", System.getProperty("java.version"),
          System.getProperty("java.home"), Runtime.getRuntime().maxMemory() >> 20)};
    }
  }

  /**
   * Hides the libraries' INFO logs unless {@code args} hold {@code --verbose}. Call before any logger exists:
   * slf4j-simple reads its level once, when the first logger is made; Lucene logs through JUL.
   */
  public static void quietLogs(String[] args) {
    boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
    }
    if (!verbose) java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
  }

  public static void main(String[] args) {
    quietLogs(args);
    System.exit(new CommandLine(new IgfCommand()).execute(args));
  }
}
