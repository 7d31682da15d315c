package org.igfatlas.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code igf} command line: {@code index}, {@code serve}. */
@Command(name = "igf", mixinStandardHelpOptions = true, version = "IGF Atlas 0.1.0",
    description = "Search and analytics over Internet Governance Forum transcripts and reports.",
    subcommands = {IndexCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class IgfCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new IgfCommand()).execute(args));
  }
}
