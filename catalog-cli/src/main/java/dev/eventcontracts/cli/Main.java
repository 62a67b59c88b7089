package dev.eventcontracts.cli;

import dev.eventcontracts.engine.CatalogEngine;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the runnable jar. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    CatalogEngine.prepareInBackground();
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(CatalogCli.forArguments(out, err, Invocation.current(), args).execute(args));
  }
}
