package dev.eventcontracts.cli;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.DeployRequest;
import dev.eventcontracts.engine.DeployResult;
import dev.eventcontracts.registry.DeployException;
import dev.eventcontracts.report.DeployFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    description = {
      "Deploy schemas to the registry of ENV.",
      "Plan, check and register the catalog's schemas and subject compatibility levels in the"
          + " Schema Registry of one environment.",
      "Exits 0 when deployed (or nothing to do), 1 when refused (lint errors, an incompatible"
          + " schema, a promotion gate), 2 on bad input, 3 when the registry cannot be reached."
    })
final class DeployCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private CatalogDirectory catalog;
  @Mixin private OutputFile output;

  @Mixin private EnvironmentOption environment;

  @Option(names = "--dry-run", description = "Plan and check only; write nothing.")
  private boolean dryRun;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private DeployFormat format;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      defaultValue = "" + DeployRequest.DEFAULT_PARALLELISM,
      description = "Subjects handled at once. Default: ${DEFAULT-VALUE}.")
  private int parallelism;

  private final CatalogEngine engine;
  private final Invocation invocation;

  DeployCommand(CatalogEngine engine, Invocation invocation) {
    this.engine = engine;
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    output.check();
    Path dir = catalog.path(invocation.workingDirectory());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DeployRequest request =
        DeployRequest.of(dir, environment.name())
            .withDryRun(dryRun)
            .withParallelism(parallelism)
            .withVariables(invocation.environment())
            .withProgress(ProgressLine.onTerminal(err));
    DeployResult result;
    try {
      result = engine.deploy(request);
    } catch (DeployException e) {
      // the report of what was written before the failure, then the error lines
      if (!e.report().written().isEmpty()) {
        output.print(format.render(e.report()), out);
      }
      throw e;
    }
    boolean colour = output.toStandardOutput() && invocation.colour();
    output.print(format.render(result.regions(), result.schemaIds(), result.lint(), colour), out);
    return result.exitCode();
  }
}
