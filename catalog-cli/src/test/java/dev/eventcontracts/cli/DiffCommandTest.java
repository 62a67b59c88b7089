package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

  @TempDir Path dir;

  /** The clean fixture with a Ping event on the Ping message. */
  private FixtureCatalog withPingEvent(String name) {
    return FixtureCatalog.clean(dir.resolve(name))
        .file("domains/chat/domain.yaml", "name: chat\nsummary: Chat.\nowner: chat\n")
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
            """);
  }

  private FixtureCatalog before() {
    return withPingEvent("before");
  }

  private FixtureCatalog after() {
    return withPingEvent("after")
        .file(
            "schemas/acme/chat/v1/ping.proto",
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
  }

  @Test
  void printsMarkdownForAPullRequestByDefault() {
    String old = before().dir();

    CliRun run = CliRun.catalog("diff", after().dir(), "--against", old);

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("| `Ping` | changed (1 change) | @acme/chat |"), run.out());
    assertTrue(run.out().contains("| field added | `reason` |"), run.out());
  }

  @Test
  void writesJsonToAFile() throws Exception {
    String old = before().dir();
    Path out = dir.resolve("reports/diff.json");

    CliRun run =
        CliRun.catalog("diff", after().dir(), "--against", old, "-f", "json", "-o", out.toString());

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(new ObjectMapper().readTree(Files.readString(out)).isObject());
  }

  @Test
  void comparesWithAGitRevisionOfTheRepositoryHoldingTheCatalog() {
    FixtureCatalog catalog = withPingEvent("repo/contracts");
    try (GitFixture git = GitFixture.init(dir.resolve("repo"))) {
      git.commit("Add the catalog");
    }
    catalog.file(
        "schemas/acme/chat/v1/ping.proto",
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

    CliRun run = CliRun.catalog("diff", catalog.dir(), "--against", "main", "-f", "text");

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("field added reason"), run.out());
  }

  @Test
  void theFirstPullRequestThatAddsTheCatalogShowsEverythingAsNew() throws Exception {
    try (GitFixture git = GitFixture.init(dir.resolve("repo"))) {
      Files.writeString(dir.resolve("repo/README.md"), "# Events\n");
      git.commit("Start with a README");
    }
    FixtureCatalog catalog = withPingEvent("repo/contracts");

    CliRun markdown = CliRun.catalog("diff", catalog.dir(), "--against", "main");
    CliRun text = CliRun.catalog("diff", catalog.dir(), "--against", "main", "-f", "text");

    assertEquals(ExitCode.OK, markdown.exitCode(), markdown.err());
    assertTrue(
        markdown
            .out()
            .startsWith(
                "**No breaking changes**; 1 event differs (1 added) against `main`, which holds"
                    + " no catalog at contracts/: everything in the catalog is new — approval"
                    + " needed from @acme/chat\n"),
        markdown.out());
    assertTrue(markdown.out().contains("| `Ping` | added | @acme/chat |"), markdown.out());
    assertEquals(ExitCode.OK, text.exitCode(), text.err());
    assertTrue(
        text.out()
            .startsWith(
                "No breaking changes; 1 event differs (1 added) against main, which holds no"
                    + " catalog at contracts/: everything in the catalog is new"),
        text.out());
  }

  @Test
  void anUnknownDiffFormatIsAUsageError() {
    CliRun run = CliRun.catalog("diff", after().dir(), "--against", before().dir(), "-f", "sarif");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertFalse(run.err().isEmpty());
    assertTrue(run.err().contains("markdown, text, json"), run.err());
  }
}
