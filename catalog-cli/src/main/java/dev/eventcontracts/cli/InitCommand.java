package dev.eventcontracts.cli;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.InitRequest;
import dev.eventcontracts.engine.ScaffoldResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Start a catalog that lints clean.",
      "Writes catalog.yaml (a team, defaults, naming, the standard attributes and header"
          + " contract, dev, qa and prod environments) and one domain. Never writes over a file.",
      "Exits 0, or 2 when a file exists already (each is named)."
    })
final class InitCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "Where to write the catalog; default: the current folder.")
  private Path dir;

  @Option(names = "--name", description = "The catalog's name; default: DIR's folder name.")
  private String name;

  @Option(names = "--team", description = "The team that owns the domain; default: platform.")
  private String team;

  @Option(names = "--domain", description = "The catalog's first domain; default: core.")
  private String domain;

  private final CatalogEngine engine;
  private final Invocation invocation;

  InitCommand(CatalogEngine engine, Invocation invocation) {
    this.engine = engine;
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    Path target =
        dir == null ? invocation.workingDirectory() : invocation.workingDirectory().resolve(dir);
    ScaffoldResult result = engine.init(new InitRequest(target, name, team, domain));
    Written.print(result, spec.commandLine().getOut());
    return ExitCode.OK;
  }

  /** One line per file written, as {@code git} lists what it creates. */
  static final class Written {
    private Written() {}

    static void print(ScaffoldResult result, PrintWriter out) {
      result.written().forEach(path -> out.println("wrote " + path));
      out.flush();
    }
  }
}
