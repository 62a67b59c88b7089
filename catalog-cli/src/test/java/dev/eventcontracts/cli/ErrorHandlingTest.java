package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.CatalogException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * How any command's failure reaches the user: exercised through a command that fails on purpose,
 * added to the real command tree.
 */
class ErrorHandlingTest {

  @Command(name = "fail")
  static final class Failing implements Runnable {
    private final RuntimeException failure;

    Failing(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public void run() {
      throw failure;
    }
  }

  private static CliRun run(RuntimeException failure, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = CatalogCli.create(new PrintWriter(out, true), new PrintWriter(err, true));
    cli.addSubcommand(new Failing(failure));
    // Streams set after the subcommand is added reach it too.
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new CliRun(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void anUnreachableRegistryExitsThreeWithItsLinesAndNoStackTrace() {
    CatalogException unreachable =
        CatalogException.unreachable(
            "GET http://127.0.0.1:1/subjects: cannot connect", new ConnectException("refused"));

    CliRun result = run(unreachable, "fail");

    assertEquals(ExitCode.UNREACHABLE, result.exitCode());
    assertEquals("catalog: GET http://127.0.0.1:1/subjects: cannot connect\n", result.err());
  }

  @Test
  void everyProblemOfAnInputErrorIsItsOwnLine() {
    CatalogException input =
        new CatalogException(
            CatalogException.INPUT, List.of("a.yaml:1:1: bad", "b.yaml:2:3: worse"));

    CliRun result = run(input, "fail");

    assertEquals(ExitCode.INPUT, result.exitCode());
    assertEquals("catalog: a.yaml:1:1: bad\ncatalog: b.yaml:2:3: worse\n", result.err());
  }

  @Test
  void anInternalErrorExitsFourWithOneLine() {
    CliRun result = run(new IllegalStateException("index out of step"), "fail");

    assertEquals(ExitCode.INTERNAL, result.exitCode());
    assertEquals(
        "catalog: internal error: java.lang.IllegalStateException: index out of step"
            + " (--verbose prints the stack trace)\n",
        result.err());
  }

  @Test
  void verboseAddsTheStackTrace() {
    CliRun result = run(new IllegalStateException("index out of step"), "fail", "--verbose");

    assertEquals(ExitCode.INTERNAL, result.exitCode());
    assertTrue(
        result.err().startsWith("catalog: internal error: java.lang.IllegalStateException"),
        result.err());
    assertTrue(
        result.err().contains("\tat dev.eventcontracts.cli.ErrorHandlingTest"), result.err());
  }
}
