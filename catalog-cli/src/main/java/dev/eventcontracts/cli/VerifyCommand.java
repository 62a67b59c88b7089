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
      "Checks for drift between the Schema Registry of ENV and the catalog: missing subjects,"
          + " other schemas, references or compatibility, and subjects the catalog does not"
          + " manage.",
      "Exits 0 when they match, 1 on drift, 2 for bad input, 3 when the registry cannot be"
          + " reached."
    })
final class VerifyCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private CatalogDirectory catalog;
  @Mixin private EnvironmentOption environment;
  @Mixin private ReportOptions report;

  @Option(
      names = "--strict",
      description = "Subjects the catalog does not manage are errors, not warnings.")
  private boolean strict;

  private final CatalogEngine engine;

  VerifyCommand(CatalogEngine engine) {
    this.engine = engine;
  }

  @Override
  public Integer call() {
    Path dir = catalog.path();
    VerifyResult result =
        engine.verify(VerifyRequest.of(dir, environment.name()).withStrict(strict));
    report.print(result.report(), dir, spec.commandLine().getOut(), spec.commandLine().getErr());
    return result.failed() ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
