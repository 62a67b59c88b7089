package dev.eventcontracts.cli;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.DeployRequest;
import dev.eventcontracts.engine.DeployResult;
import dev.eventcontracts.registry.DeployException;
import dev.eventcontracts.registry.DeployReport;
import dev.eventcontracts.registry.DeployReportJson;
import dev.eventcontracts.registry.DeployReportText;
import dev.eventcontracts.report.ReportFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
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
      "Plan, check and register the catalog's schemas and subject compatibility levels in the"
          + " Schema Registry of one environment.",
      "Exits 0 when deployed (or nothing to do), 1 when refused (lint errors, an incompatible"
          + " schema, a promotion gate), 2 on bad input, 3 when the registry cannot be reached."
    })
final class DeployCommand implements Callable<Integer> {

  /** The formats of a deploy report. */
  enum Format {
    TEXT,
    JSON
  }

  @Spec private CommandSpec spec;
  @Mixin private CatalogDirectory catalog;
  @Mixin private OutputFile output;

  @Option(
      names = "--env",
      required = true,
      paramLabel = "ENV",
      description = "Environment of catalog.yaml to deploy to.")
  private String environment;

  @Option(names = "--dry-run", description = "Plan and check only; write nothing.")
  private boolean dryRun;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "Report format: text or json. Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      defaultValue = "" + DeployRequest.DEFAULT_PARALLELISM,
      description = "Subjects handled at once. Default: ${DEFAULT-VALUE}.")
  private int parallelism;

  private final CatalogEngine engine;
  private final Map<String, String> variables;

  DeployCommand(CatalogEngine engine, Map<String, String> variables) {
    this.engine = engine;
    this.variables = variables;
  }

  @Override
  public Integer call() {
    Path dir = catalog.path();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DeployRequest request =
        DeployRequest.of(dir, environment)
            .withDryRun(dryRun)
            .withParallelism(parallelism)
            .withVariables(variables)
            .withProgress(ProgressLine.onTerminal(err));
    DeployResult result;
    try {
      result = engine.deploy(request);
    } catch (DeployException e) {
      // the report of what was written before the failure, then the error lines
      if (!e.report().written().isEmpty()) {
        output.print(render(e.report()), out);
      }
      throw e;
    }
    if (result.lint().errors() > 0 && format == Format.TEXT) {
      out.print(ReportFormat.TEXT.render(result.lint(), dir));
    }
    output.print(render(result.deploy()), out);
    return result.exitCode();
  }

  private String render(DeployReport report) {
    return format == Format.JSON
        ? DeployReportJson.render(report)
        : DeployReportText.render(report);
  }

  /** Reads {@code --format} in any case. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "unknown format \"" + value + "\" (text or json)");
      }
    }
  }
}
