package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.report.Tool;
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
    assertTrue(run.out().contains("text, json, sarif, junit, github"), run.out());
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
