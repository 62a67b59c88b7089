package dev.eventcontracts.cli;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.DiffRequest;
import dev.eventcontracts.report.DiffFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Show the contract diff against REF.",
      "The contract diff against REF for review: events, topics, schemas and owners added,"
          + " changed or removed, and who must approve.",
      "Exits 0, or 2 when a catalog or REF cannot be read."
    })
final class DiffCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private CatalogDirectory catalog;
  @Mixin private AgainstOption against;
  @Mixin private OutputFile output;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "markdown",
      description = "Diff format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private DiffFormat format;

  private final CatalogEngine engine;
  private final Invocation invocation;

  DiffCommand(CatalogEngine engine, Invocation invocation) {
    this.engine = engine;
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    DiffRequest request =
        new DiffRequest(catalog.path(invocation.workingDirectory()), against.ref());
    String diff = engine.diff(request).render(format);
    output.print(diff, spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
