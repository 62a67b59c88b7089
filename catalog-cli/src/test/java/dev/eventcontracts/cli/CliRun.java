package dev.eventcontracts.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of {@code catalog}: what the user would see and the exit code. */
record CliRun(int exitCode, String out, String err) {

  static CliRun catalog(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        CatalogCli.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }
}
