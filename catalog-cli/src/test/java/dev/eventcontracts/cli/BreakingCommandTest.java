package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreakingCommandTest {

  private static final String PING = "schemas/acme/chat/v1/ping.proto";

  @TempDir Path repo;
  private FixtureCatalog catalog;

  @BeforeEach
  void committedCatalog() {
    catalog = FixtureCatalog.clean(repo.resolve("contracts"));
    try (GitFixture git = GitFixture.init(repo)) {
      git.commit("Add the catalog");
    }
  }

  @Test
  void anAddedFieldIsCompatible() {
    catalog.file(
        PING,
        """
        syntax = "proto3";
        package acme.chat.v1;
        // A ping.
        message Ping {
          // Who pinged.
          string sender_id = 1;
          // Why.
          string reason = 2;
        }
        """);

    CliRun run = CliRun.catalog("breaking", catalog.dir(), "--against", "main");

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals("0 errors, 0 warnings\n", run.err());
  }

  @Test
  void aDeletedFieldIsABreakingChangeAtItsMessage() throws Exception {
    catalog.file(
        PING,
        """
        syntax = "proto3";
        package acme.chat.v1;
        // A ping.
        message Ping {
        }
        """);

    CliRun run = CliRun.catalog("breaking", catalog.dir(), "--against", "main", "-f", "json");

    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("breaking", json.get("command").asText());
    assertEquals("FIELD_NO_DELETE", json.at("/findings/0/rule").asText());
    assertEquals(PING, json.at("/findings/0/file").asText());
    assertTrue(json.at("/findings/0/message").asText().contains("sender_id"), run.out());
  }

  @Test
  void anUnknownRevisionExitsTwoNamingIt() {
    CliRun run = CliRun.catalog("breaking", catalog.dir(), "--against", "no-such-branch");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertTrue(run.err().startsWith("catalog: "), run.err());
    assertTrue(run.err().contains("no-such-branch"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void againstIsRequired() {
    CliRun run = CliRun.catalog("breaking", catalog.dir());

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertTrue(run.err().contains("Missing required option: '--against=REF'"), run.err());
  }
}
