package dev.eventcontracts.cli;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.RulesRequest;
import dev.eventcontracts.report.RulesFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "List every rule with its metadata.",
      "Every load, lint, breaking and verify rule with its ID, family, category, default severity"
          + " and summary; markdown is docs/rules.md.",
      "Exits 0."
    })
final class RulesCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private OutputFile output;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Rules format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private RulesFormat format;

  private final CatalogEngine engine;

  RulesCommand(CatalogEngine engine) {
    this.engine = engine;
  }

  @Override
  public Integer call() {
    output.print(engine.rules(new RulesRequest()).render(format), spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
