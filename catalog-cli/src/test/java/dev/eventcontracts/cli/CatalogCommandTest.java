package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.report.Tool;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogCommandTest {

  @Test
  void helpListsTheCommandsAndExitCodes() {
    CliRun run = CliRun.catalog("--help");

    assertEquals(ExitCode.OK, run.exitCode());
    assertTrue(run.out().startsWith("Usage: catalog "), run.out());
    assertTrue(run.out().contains("  lint "), run.out());
    assertTrue(run.out().contains("Exit codes: 0 ok, 1 findings"), run.out());
  }

  @Test
  void lintHelpShowsItsOptions() {
    CliRun run = CliRun.catalog("lint", "--help");

    assertEquals(ExitCode.OK, run.exitCode());
    assertTrue(run.out().contains("--format=FORMAT"), run.out());
    assertTrue(
        run.out().replaceAll("\\s+", " ").contains("text, json, sarif, junit, github, markdown"),
        run.out());
    assertTrue(run.out().contains("[DIR]"), run.out());
  }

  @Test
  void versionIsTheBuildsVersion() {
    CliRun run = CliRun.catalog("--version");

    assertEquals(ExitCode.OK, run.exitCode());
    assertEquals("catalog " + Tool.current().version() + "\n", run.out());
    assertTrue(Tool.current().version().matches("\\d+\\.\\d+\\.\\d+.*"), Tool.current().version());
  }

  @Test
  void everyCommandPrintsTheVersionWithDashVAndDashDashVersion() {
    String version = "catalog " + Tool.current().version() + "\n";
    for (String command : commands()) {
      if (command.equals("help")) {
        continue; // picocli's help command takes a command name, not the standard options
      }
      for (String flag : List.of("-V", "--version")) {
        CliRun run = CliRun.catalog(command, flag);

        assertEquals(ExitCode.OK, run.exitCode(), command + " " + flag + ": " + run.err());
        assertEquals(version, run.out(), command + " " + flag);
      }
    }
  }

  @Test
  void helpNamesACommandAndPrintsItsHelp() {
    CliRun help = CliRun.catalog("help", "lint");

    assertEquals(ExitCode.OK, help.exitCode(), help.err());
    assertEquals(CliRun.catalog("lint", "--help").out(), help.out());
    assertTrue(help.out().startsWith("Usage: catalog lint "), help.out());
    assertTrue(CliRun.catalog("--help").out().contains("  help "), "help is listed");
  }

  @Test
  void noHelpTextPrintsNullWhereAVariableWasMeantLiterally() {
    for (String command : commands()) {
      CliRun run = CliRun.catalog(command, "--help");

      assertEquals(ExitCode.OK, run.exitCode(), command + ": " + run.err());
      assertFalse(run.out().contains("null"), command + " --help:\n" + run.out());
    }
    String deploy = CliRun.catalog("deploy", "--help").out().replaceAll("\\s+", " ");
    assertTrue(deploy.contains("its ${VAR} settings are read"), deploy);
  }

  /** Every subcommand of the real command tree, help included. */
  private static List<String> commands() {
    return List.copyOf(
        CatalogCli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
            .getSubcommands()
            .keySet());
  }

  @Test
  void anUnknownFlagExitsTwoWithAHint() {
    CliRun run = CliRun.catalog("lint", "--colour");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertTrue(run.err().startsWith("catalog: Unknown option: '--colour'"), run.err());
    assertTrue(run.err().contains("Try 'catalog lint --help' for more information."), run.err());
  }

  @Test
  void anUnknownCommandSuggestsTheNearestOne() {
    CliRun run = CliRun.catalog("lnt");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertTrue(run.err().contains("lint"), run.err());
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.catalog();

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertTrue(run.err().startsWith("catalog: Missing command"), run.err());
  }
}
