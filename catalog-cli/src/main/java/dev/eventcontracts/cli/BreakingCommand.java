package dev.eventcontracts.cli;

import dev.eventcontracts.engine.BreakingRequest;
import dev.eventcontracts.engine.BreakingResult;
import dev.eventcontracts.engine.CatalogEngine;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "breaking",
    mixinStandardHelpOptions = true,
    description = {
      "Check compatibility against REF.",
      "Checks schema and contract compatibility against REF: every message under protoRoot in"
          + " its event's encoding and compatibility mode, plus topics, keys, encodings, headers"
          + " and subject naming.",
      "Exits 0 when compatible, 1 on a breaking change, 2 when a catalog or REF cannot be read,"
          + " 3 when Git cannot be read."
    })
final class BreakingCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private CatalogDirectory catalog;
  @Mixin private AgainstOption against;
  @Mixin private ReportOptions report;

  private final CatalogEngine engine;
  private final Invocation invocation;

  BreakingCommand(CatalogEngine engine, Invocation invocation) {
    this.engine = engine;
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    Path dir = catalog.path(invocation.workingDirectory());
    BreakingResult result = engine.breaking(new BreakingRequest(dir, against.ref()));
    report.print(
        result.report(), dir, invocation, spec.commandLine().getOut(), spec.commandLine().getErr());
    return result.failed() ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
