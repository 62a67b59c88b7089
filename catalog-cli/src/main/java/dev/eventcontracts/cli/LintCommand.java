package dev.eventcontracts.cli;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.LintRequest;
import dev.eventcontracts.engine.LintResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Lint the catalog.",
      "Loads it and checks structure, references, naming, proto style, standard attributes,"
          + " the header contract and examples.",
      "Exits 0 when clean, 1 when a finding is an error, 2 when the catalog cannot be read."
    })
final class LintCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private CatalogDirectory catalog;
  @Mixin private ReportOptions report;

  private final CatalogEngine engine;
  private final Invocation invocation;

  LintCommand(CatalogEngine engine, Invocation invocation) {
    this.engine = engine;
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    Path dir = catalog.path(invocation.workingDirectory());
    LintResult result = engine.lint(new LintRequest(dir));
    report.print(
        result.report(), dir, invocation, spec.commandLine().getOut(), spec.commandLine().getErr());
    return result.failed() ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
