package dev.eventcontracts.cli;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.VerifyRequest;
import dev.eventcontracts.engine.VerifyResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check the registry of ENV for drift.",
      "Report drift between one environment's Schema Registry and the catalog: missing subjects,"
          + " schemas, compatibility levels and references that differ from Git, and subjects"
          + " the catalog does not manage.",
      "Exits 0 without drift, 1 on drift, 2 on bad input, 3 when the registry cannot be reached."
    })
final class VerifyCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private CatalogDirectory catalog;
  @Mixin private ReportOptions report;

  @Mixin private EnvironmentOption environment;

  @Option(names = "--strict", description = "Subjects the catalog does not manage are errors.")
  private boolean strict;

  private final CatalogEngine engine;
  private final Invocation invocation;

  VerifyCommand(CatalogEngine engine, Invocation invocation) {
    this.engine = engine;
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    Path dir = catalog.path(invocation.workingDirectory());
    VerifyResult result =
        engine.verify(
            VerifyRequest.of(dir, environment.name())
                .withStrict(strict)
                .withVariables(invocation.environment()));
    report.print(
        result.report(), dir, invocation, spec.commandLine().getOut(), spec.commandLine().getErr());
    return result.failed() ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
