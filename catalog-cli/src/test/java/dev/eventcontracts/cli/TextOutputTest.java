package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text report as a person reads it: a warning is marked as one, colour only on a terminal that
 * wants it, and a summary line that says where the errors are.
 */
class TextOutputTest {

  private static final String WARNING =
      "domains/chat/events/ping.yaml:1:7: warning: EVENT_NO_CONSUMERS Event \"Ping\" has no"
          + " consumers; list the services that read it.\n";
  private static final String ERROR =
      "schemas/acme/chat/v1/ping.proto:6:3: FIELD_LOWER_SNAKE_CASE Field name \"senderId\" should"
          + " be lower_snake_case, such as \"sender_id\".\n";
  private static final String COLOURED =
      "domains/chat/events/ping.yaml:1:7: \u001B[33mwarning: EVENT_NO_CONSUMERS\u001B[0m Event"
          + " \"Ping\" has no consumers; list the services that read it.\n"
          + "schemas/acme/chat/v1/ping.proto:6:3: \u001B[31mFIELD_LOWER_SNAKE_CASE\u001B[0m Field"
          + " name \"senderId\" should be lower_snake_case, such as \"sender_id\".\n";

  @TempDir Path dir;
  private FixtureCatalog catalog;

  /** A catalog with one error (a camelCase field) and one warning (an event nobody consumes). */
  @BeforeEach
  void oneErrorAndOneWarning() {
    catalog =
        FixtureCatalog.withEvent(dir.resolve("catalog"), "http://registry.invalid")
            .file(
                "schemas/acme/chat/v1/ping.proto",
                """
                syntax = "proto3";
                package acme.chat.v1;
                // A ping.
                message Ping {
                  // Who pinged.
                  string senderId = 1;
                }
                """)
            .file(
                "domains/chat/events/ping.yaml",
                """
                name: Ping
                version: 1
                summary: A ping.
                owner: chat
                status: active
                schema: { message: acme.chat.v1.Ping }
                topics: [ { name: chat.ping.v1 } ]
                producers: [pinger]
                """);
  }

  private static Invocation terminal(Map<String, String> environment) {
    return Invocation.current().withEnvironment(environment).withTerminal(true);
  }

  @Test
  void aWarningIsMarkedAndTheSummaryCountsTheErrorsByCategory() {
    CliRun run = CliRun.catalog("lint", catalog.dir());

    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
    assertEquals(WARNING + ERROR, run.out());
    assertEquals(
        "1 error, 1 warning (1 NAMING); switch a category off with lint.except\n", run.err());
  }

  @Test
  void onATerminalTheErrorIsRedAndTheWarningYellow() {
    CliRun run = CliRun.in(terminal(Map.of()), "lint", catalog.dir());

    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
    assertEquals(COLOURED, run.out());
    assertFalse(run.err().contains("\u001B"), "the summary stays plain: " + run.err());
  }

  @Test
  void noColorSetToAnyValueTurnsColourOff() {
    CliRun run = CliRun.in(terminal(Map.of("NO_COLOR", "1")), "lint", catalog.dir());

    assertEquals(WARNING + ERROR, run.out());
  }

  @Test
  void anEmptyNoColorIsUnsetAsNoColorOrgSays() {
    CliRun run = CliRun.in(terminal(Map.of("NO_COLOR", "")), "lint", catalog.dir());

    assertEquals(COLOURED, run.out());
  }

  @Test
  void aDumbTerminalGetsNoColour() {
    CliRun run = CliRun.in(terminal(Map.of("TERM", "dumb")), "lint", catalog.dir());

    assertEquals(WARNING + ERROR, run.out());
  }

  @Test
  void aReportWrittenToAFileHasNoColourEvenFromATerminal() throws Exception {
    Path file = dir.resolve("lint.txt");

    CliRun run = CliRun.in(terminal(Map.of()), "lint", catalog.dir(), "-o", file.toString());

    assertEquals("", run.out());
    assertEquals(WARNING + ERROR, Files.readString(file));
  }

  @Test
  void otherFormatsHaveNoColourOnATerminal() {
    CliRun run = CliRun.in(terminal(Map.of()), "lint", catalog.dir(), "-f", "github");

    assertFalse(run.out().contains("\u001B"), run.out());
  }
}
