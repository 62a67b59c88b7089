package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog breaking} as a user runs it in a Git checkout whose catalog sits in a folder. */
class BreakingCommandTest {

  @TempDir Path dir;

  private static final String PROTO = "schemas/acme/chat/v1/ping.proto";

  /** A repository with the clean fixture under {@code events/}, committed and tagged v1. */
  private FixtureCatalog committed() throws Exception {
    FixtureCatalog catalog = FixtureCatalog.clean(dir.resolve("events"));
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      PersonIdent who = new PersonIdent("Catalog Test", "test@acme.example");
      git.commit().setMessage("Catalog").setAuthor(who).setCommitter(who).setSign(false).call();
      git.tag().setName("v1").call();
    }
    return catalog;
  }

  @Test
  void anUnchangedCatalogIsCompatible() throws Exception {
    FixtureCatalog catalog = committed();

    CliRun run = CliRun.catalog("breaking", catalog.dir(), "--against", "main");

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals("0 errors, 0 warnings\n", run.err());
  }

  @Test
  void aDeletedFieldBreaksAgainstATag() throws Exception {
    FixtureCatalog catalog = committed();
    catalog.file(
        PROTO,
        """
        syntax = "proto3";
        package acme.chat.v1;
        // A ping.
        message Ping {
        }
        """);

    CliRun run = CliRun.catalog("breaking", catalog.dir(), "--against", "v1");

    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
    assertEquals(
        PROTO
            + ":4:1: FIELD_NO_DELETE Previously present field \"1\" with name \"sender_id\" on"
            + " message \"Ping\" was deleted without reserving the number \"1\".\n",
        run.out());
    assertEquals(
        "1 error, 0 warnings (1 WIRE); switch a category off with breaking.except\n", run.err());
  }

  @Test
  void jsonNamesTheCommand() throws Exception {
    FixtureCatalog catalog = committed();
    catalog.file(PROTO, "syntax = \"proto3\";\npackage acme.chat.v1;\nmessage Ping {}\n");

    CliRun run = CliRun.catalog("breaking", catalog.dir(), "--against", "v1", "-f", "json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("breaking", json.get("command").asText());
    assertEquals("FIELD_NO_DELETE", json.at("/findings/0/rule").asText());
    assertEquals(PROTO, json.at("/findings/0/file").asText());
  }

  @Test
  void anUnknownRevisionExitsTwoSayingWhatToFetch() throws Exception {
    FixtureCatalog catalog = committed();

    CliRun run = CliRun.catalog("breaking", catalog.dir(), "--against", "release");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertEquals(
        "catalog: --against release: unknown Git revision; fetch it with `git fetch origin"
            + " release` and compare with origin/release\n",
        run.err());
    assertFalse(run.err().contains("\tat "));
  }

  @Test
  void againstIsRequired() {
    CliRun run = CliRun.catalog("breaking", dir.toString());

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertTrue(run.err().contains("--against"), run.err());
  }
}
