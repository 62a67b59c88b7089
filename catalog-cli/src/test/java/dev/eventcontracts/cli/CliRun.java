package dev.eventcontracts.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of {@code catalog}: what the user would see and the exit code. */
record CliRun(int exitCode, String out, String err) {

  /** A run in this process's environment and folder, its output never a terminal. */
  static CliRun catalog(String... args) {
    return in(Invocation.current().withTerminal(false), args);
  }

  /** A run as {@code invocation} says: its variables, working directory and terminal. */
  static CliRun in(Invocation invocation, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        CatalogCli.forArguments(
                new PrintWriter(out, true), new PrintWriter(err, true), invocation, args)
            .execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }
}
