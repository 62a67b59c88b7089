package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog approvals} in process, against a real Git repository. The reviews and team members
 * are written as GitHub's REST API documents its answers ("List reviews for a pull request", "List
 * team members"), since GitHub cannot be reached from the tests.
 */
class ApprovalsCommandTest {

  @TempDir Path dir;

  private static final String MEMBERS =
      """
      {
        "@acme/chat": [
          { "login": "alice", "id": 1, "node_id": "MDQ6VXNlcjE=", "type": "User", "site_admin": false },
          { "login": "octo-author", "id": 2, "node_id": "MDQ6VXNlcjI=", "type": "User", "site_admin": false }
        ],
        "@acme/architecture": [
          { "login": "dave", "id": 3, "node_id": "MDQ6VXNlcjM=", "type": "User", "site_admin": false }
        ]
      }
      """;

  private static String review(long id, String login, String state, String at) {
    return """
        {
          "id": %d,
          "node_id": "MDE3OlB1bGxSZXF1ZXN0UmV2aWV3ODA=",
          "user": { "login": "%s", "id": %d, "type": "User", "site_admin": false },
          "body": "",
          "state": "%s",
          "html_url": "https://github.com/acme/events/pull/12#pullrequestreview-%d",
          "pull_request_url": "https://api.github.com/repos/acme/events/pulls/12",
          "submitted_at": "%s",
          "commit_id": "ecdd80bb57125d7ba9641ffaa4d7d2c19d3f3091",
          "author_association": "MEMBER"
        }"""
        .formatted(id, login, id, state, id, at);
  }

  /** main holds the catalog; the work tree adds a field to Ping (nothing breaks). */
  private String changedCatalog() {
    Path root = dir.resolve("repo");
    try (GitFixture git = GitFixture.init(root)) {
      FixtureCatalog.clean(root)
          .file(
              "catalog.yaml",
              """
              catalog: fixture
              teams:
                chat: { github: "@acme/chat" }
                architecture: { github: "@acme/architecture" }
              reviewers: { architects: architecture }
              """)
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
      git.commit("Ping");
    }
    return new FixtureCatalog(root)
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
            """)
        .dir();
  }

  private String write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text).toString();
  }

  @Test
  void exitsZeroWhenEveryTeamApproved() throws Exception {
    String catalog = changedCatalog();
    String reviews =
        write(
            "reviews.json",
            "[\n"
                + review(80, "alice", "APPROVED", "2026-11-02T09:00:00Z")
                + ",\n"
                + review(81, "dave", "APPROVED", "2026-11-02T10:00:00Z")
                + "\n]\n");

    CliRun run =
        CliRun.catalog(
            "approvals",
            catalog,
            "--against",
            "main",
            "--reviews",
            reviews,
            "--team-members",
            write("members.json", MEMBERS),
            "--author",
            "octo-author");

    assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
    assertEquals(
        """
        Approved by every team the change needs (2) (against main, author octo-author not counted)
          ✔ @acme/chat: approved by alice — owner of Ping
          ✔ @acme/architecture: approved by dave — architects: review every contract change
        """,
        run.out());
  }

  @Test
  void exitsOneWithTheMissingTeamsAsMarkdown() throws Exception {
    String catalog = changedCatalog();
    String reviews =
        write(
            "reviews.json",
            "[\n"
                + review(80, "octo-author", "COMMENTED", "2026-11-02T09:00:00Z")
                + ",\n"
                + review(81, "dave", "APPROVED", "2026-11-02T10:00:00Z")
                + "\n]\n");

    CliRun run =
        CliRun.catalog(
            "approvals",
            catalog,
            "--against",
            "main",
            "--reviews",
            reviews,
            "--team-members",
            write("members.json", MEMBERS),
            "--author",
            "octo-author",
            "--format",
            "markdown");

    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
    assertEquals(
        """
        ✘ **1 of 2 teams still to approve** against `main` — the author, `octo-author`, cannot approve for a team

        | | Team | Approved by | Why |
        | --- | --- | --- | --- |
        | ✘ | @acme/chat |  | owner of `Ping` |
        | ✔ | @acme/architecture | `dave` | architects: review every contract change |
        """,
        run.out());
  }

  @Test
  void jsonGoesThroughTheOneWriter() throws Exception {
    String catalog = changedCatalog();
    CliRun run =
        CliRun.catalog(
            "approvals",
            catalog,
            "--against",
            "main",
            "--reviews",
            write("r.json", "[]"),
            "--team-members",
            write("members.json", MEMBERS),
            "-f",
            "json");

    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
    assertTrue(
        run.out().startsWith("{\n  \"tool\": \"catalog\",\n  \"command\": \"approvals\","),
        run.out());
    assertTrue(
        run.out().contains("\"missing\": [\n    \"@acme/chat\",\n    \"@acme/architecture\"\n  ]"),
        run.out());
  }

  @Test
  void badInputsExitTwoWithOneLineEach() throws Exception {
    String catalog = changedCatalog();
    String members = write("members.json", MEMBERS);

    CliRun notJson =
        CliRun.catalog(
            "approvals",
            catalog,
            "--against",
            "main",
            "--reviews",
            write("r.json", "<html>"),
            "--team-members",
            members);
    assertEquals(ExitCode.INPUT, notJson.exitCode());
    assertEquals(1, notJson.err().lines().count(), notJson.err());
    assertTrue(
        notJson.err().startsWith("catalog: " + dir.resolve("r.json") + ":1:1: not JSON ("),
        notJson.err());

    CliRun missingTeam =
        CliRun.catalog(
            "approvals",
            catalog,
            "--against",
            "main",
            "--reviews",
            write("r.json", "[]"),
            "--team-members",
            write("m.json", "{ \"@acme/chat\": [] }"));
    assertEquals(ExitCode.INPUT, missingTeam.exitCode());
    assertEquals(
        "catalog: "
            + dir.resolve("m.json")
            + ": no members for @acme/architecture, whose approval"
            + " the change needs; list the team's members under that key\n",
        missingTeam.err());

    CliRun noReviews =
        CliRun.catalog("approvals", catalog, "--against", "main", "--team-members", members);
    assertEquals(ExitCode.INPUT, noReviews.exitCode());
    assertTrue(
        noReviews.err().startsWith("catalog: Missing required option: '--reviews=FILE'"),
        noReviews.err());
  }
}
