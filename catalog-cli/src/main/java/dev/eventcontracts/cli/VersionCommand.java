package dev.eventcontracts.cli;

import dev.eventcontracts.contracts.ContractVersion;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.VersionRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "version",
    mixinStandardHelpOptions = true,
    description = {
      "Print the next semantic version of the contracts.",
      "Compares the catalog with REF, the last release: major when the breaking check finds a"
          + " break or an approved exception lets one through, minor when an event, field, enum"
          + " value or topic was added, patch otherwise. Prints the version on stdout and the"
          + " reason on stderr.",
      "Exits 0, 2 when a catalog, REF or the current version cannot be read, 3 when Git cannot"
          + " be read."
    })
final class VersionCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private CatalogDirectory catalog;
  @Mixin private AgainstOption against;

  @Option(
      names = "--current",
      paramLabel = "X.Y.Z",
      description =
          "The version REF holds. Default: the version REF names, such as tag v1.4.0 or"
              + " contracts-v1.4.0.")
  private String current;

  private final CatalogEngine engine;
  private final Invocation invocation;

  VersionCommand(CatalogEngine engine, Invocation invocation) {
    this.engine = engine;
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    Path dir = catalog.path(invocation.workingDirectory());
    ContractVersion version =
        engine.version(new VersionRequest(dir, against.ref(), current)).version();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    out.println(version.next());
    err.println(version.current() + " → " + version.next() + " (" + version.bump().id() + "):");
    version.reasons().forEach(reason -> err.println("  " + reason));
    out.flush();
    err.flush();
    return ExitCode.OK;
  }
}
