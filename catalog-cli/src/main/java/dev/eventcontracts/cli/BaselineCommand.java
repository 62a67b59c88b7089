package dev.eventcontracts.cli;

import dev.eventcontracts.engine.BaselineRequest;
import dev.eventcontracts.engine.BaselineResult;
import dev.eventcontracts.engine.CatalogEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = {
      "Record today's lint findings, so that only new ones fail.",
      "Writes every lint finding to a baseline file (default: the file lint.baseline names, else"
          + " lint-baseline.yaml beside catalog.yaml) and adds lint.baseline to catalog.yaml when"
          + " it names none. catalog lint then passes, counts the findings the baseline covers,"
          + " and notes entries that no longer match; run this again to drop them.",
      "Exits 0, or 2 when the catalog cannot be read or the file cannot be written."
    })
final class BaselineCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private CatalogDirectory catalog;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the baseline to FILE, inside the catalog.")
  private Path output;

  private final CatalogEngine engine;
  private final Invocation invocation;

  BaselineCommand(CatalogEngine engine, Invocation invocation) {
    this.engine = engine;
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    Path dir = catalog.path(invocation.workingDirectory());
    Path file = output == null ? null : invocation.workingDirectory().resolve(output);
    BaselineResult result = engine.baseline(new BaselineRequest(dir, file));
    PrintWriter out = spec.commandLine().getOut();
    String shown = shown(dir, result.file());
    out.println(
        "Wrote "
            + result.findings()
            + (result.findings() == 1 ? " finding" : " findings")
            + " to "
            + shown
            + (result.configured() ? "; catalog.yaml now sets lint.baseline: " + shown : "")
            + ".");
    result.notes().forEach(note -> out.println("note: " + note));
    out.flush();
    return ExitCode.OK;
  }

  private static String shown(Path dir, Path file) {
    return file.startsWith(dir)
        ? dir.relativize(file).toString().replace('\\', '/')
        : file.toString();
  }
}
