package dev.eventcontracts.cli;

import dev.eventcontracts.report.Tool;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    versionProvider = CatalogCommand.Version.class,
    description =
        "Governs event contracts kept in Git: lint, compatibility, diff, deploy, drift, rules,"
            + " docs, code owners and approvals.",
    footer = {
      "",
      "Exit codes: 0 ok, 1 findings at error severity, 2 usage or input error,"
          + " 3 registry or Git unreachable, 4 internal error."
    })
final class CatalogCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of internal errors.")
  boolean verbose;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command");
  }

  /** {@code catalog <version>}, as the build stamped it. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Tool tool = Tool.current();
      return new String[] {tool.name() + " " + tool.version()};
    }
  }
}
