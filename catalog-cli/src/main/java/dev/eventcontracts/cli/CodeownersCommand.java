package dev.eventcontracts.cli;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.CodeownersRequest;
import dev.eventcontracts.engine.CodeownersResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "codeowners",
    mixinStandardHelpOptions = true,
    description = {
      "Generate GitHub's CODEOWNERS from owners, producers, consumers and architects.",
      "A change to an event's YAML, examples, proto or any proto it imports asks its owner, the"
          + " teams owning its producers and consumers, and the architects. Paths start at the"
          + " repository root. --check compares instead of writing: with -o FILE that file,"
          + " else the CODEOWNERS committed in the repository.",
      "Exits 0, 1 when --check finds the file stale or missing (a unified diff says how), or 2"
          + " when the catalog cannot be read."
    })
final class CodeownersCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private CatalogDirectory catalog;

  /** Where CODEOWNERS goes; with {@code --check}, the file to compare. */
  @Mixin private OutputFile output;

  @Option(
      names = "--check",
      description = "Do not write: exit 1 with a diff when the file is not the generated one.")
  private boolean check;

  private final CatalogEngine engine;
  private final Invocation invocation;

  CodeownersCommand(CatalogEngine engine, Invocation invocation) {
    this.engine = engine;
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    Path compareWith = check && !output.toStandardOutput() ? output.file() : null;
    CodeownersResult result =
        engine.codeowners(
            new CodeownersRequest(catalog.path(invocation.workingDirectory()), compareWith));
    PrintWriter out = spec.commandLine().getOut();
    if (check) {
      return check(result, compareWith != null, out);
    }
    output.print(result.generated(), out);
    return ExitCode.OK;
  }

  private int check(CodeownersResult result, boolean named, PrintWriter out) {
    String name = result.committedPath();
    String text = result.committedText();
    PrintWriter err = spec.commandLine().getErr();
    if (text == null) {
      err.println(
          "catalog: no CODEOWNERS file"
              + (name == null ? " in the repository" : " at " + name)
              + " (GitHub reads .github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS); write it from"
              + " the repository root with "
              + result.command());
      err.flush();
      return ExitCode.FINDINGS;
    }
    if (!result.stale(text)) {
      return ExitCode.OK;
    }
    out.print(result.diff(name, text));
    out.flush();
    err.println(
        "catalog: "
            + name
            + " is stale; regenerate it"
            + (named
                ? " with catalog codeowners -o " + name
                : " from the repository root with " + result.command()));
    err.flush();
    return ExitCode.FINDINGS;
  }
}
