package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.transport.URIish;
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
  void aBaselineMissingAtTheRevisionDoesNotMatter() throws Exception {
    FixtureCatalog catalog =
        FixtureCatalog.clean(dir.resolve("events"))
            .file(
                "catalog.yaml",
                """
                catalog: fixture
                teams:
                  chat: { github: "@acme/chat" }
                lint:
                  baseline: lint-baseline.yaml
                """);
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      PersonIdent who = new PersonIdent("Catalog Test", "test@acme.example");
      git.commit().setMessage("No baseline").setAuthor(who).setCommitter(who).setSign(false).call();
    }
    assertEquals(ExitCode.OK, CliRun.catalog("baseline", catalog.dir()).exitCode());

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
    try (Git git = Git.open(dir.toFile())) {
      git.remoteAdd()
          .setName("origin")
          .setUri(new URIish("https://git.example/acme/events"))
          .call();
    }

    CliRun run = CliRun.catalog("breaking", catalog.dir(), "--against", "release");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertEquals(
        "catalog: --against release: unknown Git revision; fetch it with `git fetch origin"
            + " release` and compare with origin/release\n",
        run.err());
    assertFalse(run.err().contains("\tat "));
  }

  @Test
  void anUnknownRevisionWithoutARemoteNamesTheBranchesThereAre() throws Exception {
    FixtureCatalog catalog = committed();

    CliRun run = CliRun.catalog("breaking", catalog.dir(), "--against", "release");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertEquals(
        "catalog: --against release: unknown Git revision; no branch or tag \"release\" in this"
            + " repository, which has no remote to fetch it from (local branches: main)\n",
        run.err());
  }

  @Test
  void theFirstPullRequestThatAddsTheCatalogPassesWithANote() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      Files.writeString(dir.resolve("README.md"), "# Events\n");
      commit(git, "Start with a README");
      git.checkout().setCreateBranch(true).setName("add-catalog").call();
      FixtureCatalog catalog = FixtureCatalog.withEvent(dir.resolve("events"), "http://sr:8081");
      commit(git, "Add the catalog");

      CliRun run = CliRun.catalog("breaking", catalog.dir(), "--against", "main");

      assertEquals(ExitCode.OK, run.exitCode(), run.err());
      assertEquals(
          "note: main holds no catalog at events/: everything in the catalog is new, and nothing"
              + " can break.\n",
          run.out());
      assertEquals("0 errors, 0 warnings\n", run.err());
    }
  }

  @Test
  void anUnknownRevisionIsStillBadInputWhenTheBaseHasNoCatalog() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      Files.writeString(dir.resolve("README.md"), "# Events\n");
      commit(git, "Start with a README");
    }
    FixtureCatalog catalog = FixtureCatalog.clean(dir.resolve("events"));

    CliRun run = CliRun.catalog("breaking", catalog.dir(), "--against", "v1.0.0");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertTrue(run.err().startsWith("catalog: --against v1.0.0: unknown Git revision"), run.err());
  }

  @Test
  void aRepositoryWithoutCommitsSaysToCommitFirst() throws Exception {
    Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().close();
    FixtureCatalog catalog = FixtureCatalog.clean(dir.resolve("events"));

    CliRun run = CliRun.catalog("breaking", catalog.dir(), "--against", "main");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertEquals(
        "catalog: --against main: the Git repository "
            + dir.toFile()
            + " has no commits yet, so there is no revision to compare with; commit first, or"
            + " pass a directory that holds the catalog to compare with\n",
        run.err());
  }

  @Test
  void originMainWithoutARemoteSuggestsTheLocalBranch() throws Exception {
    FixtureCatalog catalog = FixtureCatalog.clean(dir.resolve("events"));
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("master").call()) {
      commit(git, "Catalog");
    }

    CliRun run = CliRun.catalog("breaking", catalog.dir(), "--against", "origin/main");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertEquals(
        "catalog: --against origin/main: unknown Git revision; the repository has no remote"
            + " \"origin\" (it has no remotes); did you mean master? (local branches: master)\n",
        run.err());
  }

  @Test
  void mainWhereTheRepositoryHasMasterSuggestsMaster() throws Exception {
    FixtureCatalog catalog = FixtureCatalog.clean(dir.resolve("events"));
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("master").call()) {
      commit(git, "Catalog");
    }

    CliRun run = CliRun.catalog("breaking", catalog.dir(), "--against", "main");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertEquals(
        "catalog: --against main: unknown Git revision; no branch or tag \"main\" in this"
            + " repository, which has no remote to fetch it from; did you mean master? (local"
            + " branches: master)\n",
        run.err());
  }

  /**
   * At v1, event Pong (read by pinger) and the Ping message's origin, declared in its own file
   * {@code origin.proto}; now both files are gone.
   */
  private FixtureCatalog pongAndOriginDeleted() throws Exception {
    FixtureCatalog catalog = FixtureCatalog.withEvent(dir.resolve("events"), "http://sr:8081");
    catalog
        .file(
            "schemas/acme/chat/v1/origin.proto",
            """
            syntax = "proto3";
            package acme.chat.v1;
            // Where a ping came from.
            message Origin {
              // The host.
              string host = 1;
            }
            """)
        .file(
            PROTO,
            """
            syntax = "proto3";
            package acme.chat.v1;
            import "acme/chat/v1/origin.proto";
            // A ping.
            message Ping {
              // Who pinged.
              string sender_id = 1;
              // Where from.
              Origin origin = 2;
            }
            """)
        .file(
            "domains/chat/events/pong.yaml",
            """
            name: Pong
            version: 1
            summary: A pong.
            owner: chat
            status: active
            schema: { message: acme.chat.v1.Ping }
            topics: [ { name: chat.pong.v1 } ]
            producers: [pinger]
            consumers: [pinger]
            """);
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      commit(git, "Catalog");
      git.tag().setName("v1").call();
    }
    return catalog
        .delete("domains/chat/events/pong.yaml")
        .delete("schemas/acme/chat/v1/origin.proto")
        .file(
            PROTO,
            """
            syntax = "proto3";
            package acme.chat.v1;
            // A ping.
            message Ping {
              // Who pinged.
              string sender_id = 1;
              reserved 2;
              reserved "origin";
            }
            """);
  }

  @Test
  void deletedFilesAreReportedAtFilesThatStillExist() throws Exception {
    FixtureCatalog catalog = pongAndOriginDeleted();

    CliRun run = CliRun.catalog("breaking", catalog.dir(), "--against", "v1");

    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
    assertEquals(
        "domains/chat/domain.yaml:1:1: EVENT_NO_DELETE Event \"Pong\" was deleted while"
            + " consumers \"pinger\" still read it; mark it deprecated with a sunset date first,"
            + " and delete it after that date. It was declared at"
            + " domains/chat/events/pong.yaml:1:1, a file that no longer exists.\n"
            + PROTO
            + ":1:1: MESSAGE_NO_DELETE Previously present message \"acme.chat.v1.Origin\" was"
            + " deleted; event \"Ping\" still carries it. It was declared at"
            + " schemas/acme/chat/v1/origin.proto:4:1, a file that no longer exists.\n",
        run.out());
  }

  @Test
  void sarifResultsOfDeletedFilesPointAtFilesOfTheRepository() throws Exception {
    FixtureCatalog catalog = pongAndOriginDeleted();

    CliRun run = CliRun.catalog("breaking", catalog.dir(), "--against", "v1", "-f", "sarif");

    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
    JsonNode results = new ObjectMapper().readTree(run.out()).at("/runs/0/results");
    assertEquals(2, results.size());
    for (JsonNode result : results) {
      JsonNode location = result.at("/locations/0/physicalLocation");
      String uri = location.at("/artifactLocation/uri").asText();
      assertTrue(Files.isRegularFile(dir.resolve(uri)), uri + " exists in the work tree");
      assertEquals(1, location.at("/region/startLine").asInt());
    }
    assertEquals(
        "events/domains/chat/domain.yaml",
        results.at("/0/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals(
        "events/" + PROTO,
        results.at("/1/locations/0/physicalLocation/artifactLocation/uri").asText());
  }

  private static void commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    PersonIdent who = new PersonIdent("Catalog Test", "test@acme.example");
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  @Test
  void againstIsRequired() {
    CliRun run = CliRun.catalog("breaking", dir.toString());

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertTrue(run.err().contains("--against"), run.err());
  }
}
