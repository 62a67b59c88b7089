package dev.eventcontracts.cli;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.DeployRequest;
import dev.eventcontracts.engine.DeployResult;
import dev.eventcontracts.registry.DeployReportJson;
import dev.eventcontracts.registry.DeployReportText;
import dev.eventcontracts.report.ReportFormat;
import dev.eventcontracts.report.ReportSummary;
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
      "Lints the catalog (errors refuse the deploy), plans every subject, checks every new"
          + " version against the registry, then sets compatibility and registers. Unchanged"
          + " subjects are left alone, so a second deploy writes nothing.",
      "Exits 0 when deployed (or planned), 1 when refused, 2 for bad input, 3 when the registry"
          + " cannot be reached."
    })
final class DeployCommand implements Callable<Integer> {

  /** The forms a deploy report prints in. */
  enum Format {
    TEXT,
    JSON
  }

  @Spec private CommandSpec spec;
  @Mixin private CatalogDirectory catalog;
  @Mixin private EnvironmentOption environment;
  @Mixin private OutputFile output;

  @Option(names = "--dry-run", description = "Plan and check against the registry, write nothing.")
  private boolean dryRun;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Report format: text, json. Default: text.")
  private Format format;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      defaultValue = "" + DeployRequest.DEFAULT_PARALLELISM,
      description = "Subjects handled at once. Default: ${DEFAULT-VALUE}.")
  private int parallelism;

  private final CatalogEngine engine;

  DeployCommand(CatalogEngine engine) {
    this.engine = engine;
  }

  @Override
  public Integer call() {
    Path dir = catalog.path();
    DeployResult result =
        engine.deploy(
            DeployRequest.of(dir, environment.name())
                .withDryRun(dryRun)
                .withParallelism(parallelism));
    PrintWriter err = spec.commandLine().getErr();
    if (result.lint().errors() > 0) {
      // The lint errors that refused the deploy, where the user can see them.
      err.print(ReportFormat.TEXT.render(result.lint(), dir));
      err.println(ReportSummary.of(result.lint()));
      err.flush();
    }
    String rendered =
        format == Format.JSON
            ? DeployReportJson.render(result.deploy())
            : DeployReportText.render(result.deploy());
    output.print(rendered, spec.commandLine().getOut());
    return result.exitCode();
  }
}
