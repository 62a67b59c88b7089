package dev.eventcontracts.cli;

import dev.eventcontracts.engine.BreakingRequest;
import dev.eventcontracts.engine.BreakingResult;
import dev.eventcontracts.engine.CatalogEngine;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "breaking",
    mixinStandardHelpOptions = true,
    description = {
      "Check the catalog for changes that break consumers, against REF.",
      "Compares every message under protoRoot in its events' encoding and compatibility mode,"
          + " and every event's contract (topics, keys, headers, encoding, mode).",
      "Exits 0 when compatible, 1 when a change breaks, 2 for bad input or an unknown REF,"
          + " 3 when Git cannot be read."
    })
final class BreakingCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private CatalogDirectory catalog;
  @Mixin private ReportOptions report;

  @Option(
      names = "--against",
      required = true,
      paramLabel = "REF",
      description =
          "A directory holding the catalog to compare with, or a Git revision of the repository"
              + " holding DIR (main, origin/main, v1.4.0, a SHA, HEAD~1), read from Git objects.")
  private String against;

  private final CatalogEngine engine;

  BreakingCommand(CatalogEngine engine) {
    this.engine = engine;
  }

  @Override
  public Integer call() {
    Path dir = catalog.path();
    BreakingResult result = engine.breaking(new BreakingRequest(dir, against));
    report.print(result.report(), dir, spec.commandLine().getOut(), spec.commandLine().getErr());
    return result.failed() ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
