package dev.eventcontracts.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.engine.ApprovalsRequest;
import dev.eventcontracts.engine.ApprovalsResult;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.report.ApprovalsFormat;
import dev.eventcontracts.testing.DiffFixture;
import dev.eventcontracts.testing.GitCatalog;
import dev.eventcontracts.testing.GitHubApi;
import dev.eventcontracts.testing.TestCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog approvals} over a real Git repository: main holds the catalog, the work tree a
 * pull request's change. Reviews and team members are written in the shape of GitHub's documented
 * REST answers ({@link GitHubApi}); GitHub itself cannot be reached from the tests.
 */
class ApprovalsEngineTest {

  private static final String MEMBERS =
      GitHubApi.teamMembers(
          "@acme/messaging", "alice,octo-author",
          "@acme/compliance", "carol",
          "@acme/architecture", "dave");

  @TempDir Path temp;
  private GitCatalog repo;

  @BeforeEach
  void mainHoldsACatalogWithAConsumerOfAnotherTeam() {
    repo = GitCatalog.create(temp.resolve("repo"));
    repo.catalog()
        .replace(
            "catalog.yaml",
            "  architecture: {",
            "  compliance: { github: \"@acme/compliance\" }\n  architecture: {")
        .replace("services/archiver.yaml", "owner: messaging", "owner: compliance");
    repo.commit("Archiver belongs to compliance");
  }

  @AfterEach
  void close() {
    repo.close();
  }

  /** The pull request deletes a field: breaking, so the consumer's team must approve too. */
  private void breakingChange() {
    repo.catalog()
        .replace(TestCatalog.PROTO_FILE, "  // The text of the message.\n  string body = 4;\n", "");
  }

  private ApprovalsResult approvals(GitHubApi reviews, String members, String author)
      throws IOException {
    Path reviewsFile = Files.writeString(temp.resolve("reviews.json"), reviews.reviews());
    Path membersFile = Files.writeString(temp.resolve("team-members.json"), members);
    return new CatalogEngine()
        .approvals(
            new ApprovalsRequest(
                repo.catalog().root(),
                "main",
                reviewsFile,
                membersFile,
                author,
                DiffFixture.TODAY));
  }

  @Test
  void approvedWhenEveryTeamTheDiffNeedsApproved() throws IOException {
    breakingChange();
    GitHubApi reviews =
        new GitHubApi()
            .review("alice", "APPROVED", "2026-11-02T09:00:00Z")
            .review("carol", "CHANGES_REQUESTED", "2026-11-02T09:30:00Z")
            .review("carol", "APPROVED", "2026-11-02T10:00:00Z")
            .review("dave", "APPROVED", "2026-11-02T10:30:00Z")
            // A later comment keeps the approval, as on GitHub.
            .review("dave", "COMMENTED", "2026-11-02T11:00:00Z");

    ApprovalsResult result = approvals(reviews, MEMBERS, "octo-author");

    assertTrue(result.approved(), result.render(ApprovalsFormat.TEXT));
    assertEquals(
        """
        Approved by every team the change needs (3) (against main, author octo-author not counted)
          ✔ @acme/messaging: approved by alice — owner of MessageSent; owns producer chat-service of MessageSent
          ✔ @acme/compliance: approved by carol — owns consumer archiver, affected by breaking changes to MessageSent
          ✔ @acme/architecture: approved by dave — architects: review every contract change
        """,
        result.render(ApprovalsFormat.TEXT));
  }

  @Test
  void missingTeamsAreListedWithWhyTheyAreNeeded() throws IOException {
    breakingChange();
    GitHubApi reviews =
        new GitHubApi()
            .review("alice", "APPROVED", "2026-11-02T09:00:00Z")
            // An approval dismissed later shows as DISMISSED: it no longer approves.
            .review("carol", "DISMISSED", "2026-11-02T09:30:00Z")
            .review("dave", "APPROVED", "2026-11-02T10:00:00Z")
            // A later change request withdraws the approval.
            .review("dave", "CHANGES_REQUESTED", "2026-11-02T11:00:00Z");

    ApprovalsResult result = approvals(reviews, MEMBERS, "octo-author");

    assertEquals(false, result.approved());
    assertEquals(
        """
        ✘ **2 of 3 teams still to approve** against `main` — the author, `octo-author`, cannot approve for a team

        | | Team | Approved by | Why |
        | --- | --- | --- | --- |
        | ✔ | @acme/messaging | `alice` | owner of `MessageSent`; owns producer `chat-service` of `MessageSent` |
        | ✘ | @acme/compliance |  | owns consumer `archiver`, affected by breaking changes to `MessageSent` |
        | ✘ | @acme/architecture |  | architects: review every contract change |
        """,
        result.render(ApprovalsFormat.MARKDOWN));
    String json = result.render(ApprovalsFormat.JSON);
    assertTrue(
        json.contains("\"missing\": [\n    \"@acme/compliance\",\n    \"@acme/architecture\"\n  ]"),
        json);
  }

  @Test
  void theAuthorNeverApprovesForATeam() throws IOException {
    breakingChange();
    // GitHub refuses an author's approval of their own pull request; were one in the input, it
    // would still not count, and the author's membership does not satisfy messaging by itself.
    GitHubApi reviews =
        new GitHubApi()
            .review("octo-author", "APPROVED", "2026-11-02T09:00:00Z")
            .review("carol", "APPROVED", "2026-11-02T09:30:00Z")
            .review("dave", "APPROVED", "2026-11-02T10:00:00Z");

    ApprovalsResult result =
        approvals(
            reviews,
            GitHubApi.teamMembers(
                "@acme/messaging", "octo-author",
                "@acme/compliance", "carol",
                "@acme/architecture", "dave"),
            "Octo-Author");

    assertEquals(
        List.of("@acme/messaging"),
        result.status().missing().stream().map(t -> t.approval().handle()).toList());
    assertTrue(
        result
            .render(ApprovalsFormat.TEXT)
            .contains(
                "  ✘ @acme/messaging: missing: no member other than the author can approve —"),
        result.render(ApprovalsFormat.TEXT));
  }

  @Test
  void aChangeThatBreaksNothingDoesNotAskConsumers() throws IOException {
    repo.catalog()
        .replace(
            TestCatalog.PROTO_FILE,
            "  Channel channel = 5;\n",
            "  Channel channel = 5;\n  // Who sent it.\n  string sender_id = 6;\n");
    GitHubApi reviews =
        new GitHubApi()
            .review("alice", "APPROVED", "2026-11-02T09:00:00Z")
            .review("dave", "APPROVED", "2026-11-02T10:00:00Z");

    ApprovalsResult result = approvals(reviews, MEMBERS, null);

    assertTrue(result.approved(), result.render(ApprovalsFormat.TEXT));
    assertEquals(
        List.of("@acme/messaging", "@acme/architecture"),
        result.status().teams().stream().map(t -> t.approval().handle()).toList());
  }

  @Test
  void reviewsOnTheSameSecondAreOrderedById() {
    PullRequestReviews reviews =
        PullRequestReviews.of(
            List.of(
                new PullRequestReviews.Review(
                    91, "dave", "CHANGES_REQUESTED", "2026-11-02T10:00:00Z"),
                new PullRequestReviews.Review(90, "dave", "APPROVED", "2026-11-02T10:00:00Z"),
                new PullRequestReviews.Review(92, "erin", "APPROVED", "2026-11-02T10:00:00Z"),
                new PullRequestReviews.Review(93, "erin", "PENDING", "2026-11-02T10:00:00Z")));
    assertEquals(List.of("erin"), reviews.approvers());
  }

  @Test
  void badInputsAreOneClearLineEach() throws IOException {
    breakingChange();
    GitHubApi reviews = new GitHubApi().review("alice", "APPROVED", "2026-11-02T09:00:00Z");

    CatalogException missingTeam =
        assertThrows(
            CatalogException.class,
            () -> approvals(reviews, GitHubApi.teamMembers("@acme/messaging", "alice"), null));
    String members = temp.resolve("team-members.json").toString();
    assertEquals(2, missingTeam.exitCode());
    assertEquals(
        List.of(
            members
                + ": no members for @acme/compliance, whose approval the change needs; list the"
                + " team's members under that key",
            members
                + ": no members for @acme/architecture, whose approval the change needs; list the"
                + " team's members under that key"),
        missingTeam.problems());

    assertEquals(
        List.of(
            "x.json:1:2: not JSON (Unexpected character ('n' (code 110)): was expecting double-quote to start field name)"),
        assertThrows(CatalogException.class, () -> PullRequestReviews.parse("x.json", "{not json}"))
            .problems());
    assertEquals(
        List.of(
            "x.json: expected the JSON array GitHub returns for \"List reviews for a pull"
                + " request\", found object"),
        assertThrows(CatalogException.class, () -> PullRequestReviews.parse("x.json", "{}"))
            .problems());
    assertEquals(
        List.of("x.json: review [0]: no \"user.login\" string"),
        assertThrows(
                CatalogException.class,
                () ->
                    PullRequestReviews.parse(
                        "x.json", "[{\"id\": 1, \"state\": \"APPROVED\", \"user\": {}}]"))
            .problems());
    assertEquals(
        List.of("m.json: \"@acme/messaging\": member [0] has no \"login\" string"),
        assertThrows(
                CatalogException.class,
                () -> TeamMembers.parse("m.json", "{\"@acme/messaging\": [{\"id\": 1}]}"))
            .problems());
    assertEquals(
        List.of(
            "m.json: expected a JSON object of team handles to the member arrays GitHub returns"
                + " for \"List team members\", found array"),
        assertThrows(CatalogException.class, () -> TeamMembers.parse("m.json", "[]")).problems());
  }
}
