package dev.eventcontracts.cli;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.VariablesRequest;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "variables",
    mixinStandardHelpOptions = true,
    description = {
      "List the environment variables ENV reads.",
      "The names of the environment variables deploy and verify read for ENV, one a line, sorted:"
          + " its registry's url, credentials and truststore password, and those of the"
          + " environment it promotes from, whose registry the gate reads. None needs to be set,"
          + " so a pipeline can hand a step exactly these secrets.",
      "Exits 0, or 2 when the catalog cannot be read or has no environment ENV."
    })
final class VariablesCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private CatalogDirectory catalog;
  @Mixin private EnvironmentOption environment;

  private final CatalogEngine engine;
  private final Invocation invocation;

  VariablesCommand(CatalogEngine engine, Invocation invocation) {
    this.engine = engine;
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    VariablesRequest request =
        new VariablesRequest(catalog.path(invocation.workingDirectory()), environment.name());
    List<String> names = engine.variables(request).names();
    PrintWriter out = spec.commandLine().getOut();
    names.forEach(out::println);
    out.flush();
    return ExitCode.OK;
  }
}
