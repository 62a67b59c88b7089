package dev.eventcontracts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.diff.Approval;
import dev.eventcontracts.diff.Aspect;
import dev.eventcontracts.diff.Change;
import dev.eventcontracts.diff.ChangeKind;
import dev.eventcontracts.diff.ContractDiff;
import dev.eventcontracts.diff.EventDiff;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The markdown stays readable and within GitHub's limits whatever the catalog holds. */
class DiffMarkdownTest {

  @Test
  void pipesAndBackticksInValuesDoNotBreakTheTable() {
    Change change =
        new Change(Aspect.SUMMARY, ChangeKind.CHANGED, "", "a \\| b", "uses `code` here");
    String markdown =
        new DiffMarkdown().render(diffOf(List.of(event("MessageSent", List.of(change)))));

    assertTrue(
        markdown.contains(
            "| summary |  | <code>a &#92;&#124; b</code> | <code>uses &#96;code&#96; here</code>"
                + " |\n"),
        markdown);
  }

  @Test
  void plainValuesAreCodeSpans() {
    assertEquals(
        "`map<string, int64> counters = 7`", DiffMarkdown.code("map<string, int64> counters = 7"));
  }

  @Test
  void appliedExceptionsAreListedSoNoBreakIsWavedThroughSilently() {
    ContractDiff diff =
        new ContractDiff(
            "acme-events",
            "main",
            List.of(event("MessageSent", changes(1))),
            List.of(),
            List.of(),
            List.of("exception FIELD_NO_DELETE for MessageSent applied (expires 2026-12-31)"));

    String markdown = new DiffMarkdown().render(diff);

    assertTrue(
        markdown.contains(
            "**Notes**\n\n- exception FIELD\\_NO\\_DELETE for MessageSent applied (expires"
                + " 2026-12-31)\n"),
        markdown);
  }

  @Test
  void markdownInFindingMessagesIsEscaped() {
    assertEquals(
        "field \\*body\\* \\<b\\> \\[x\\](y)", DiffMarkdown.text("field *body* <b> [x](y)"));
  }

  @Test
  void hugeDiffStaysUnderGitHubsCommentLimitAndSaysWhatWasLeftOut() {
    List<EventDiff> events = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      events.add(event(String.format("Event%04d", i), changes(5)));
    }

    String markdown = new DiffMarkdown().render(diffOf(events));

    assertTrue(markdown.length() <= DiffMarkdown.GITHUB_COMMENT_LIMIT, "" + markdown.length());
    assertTrue(
        markdown.contains("_…and 2800 more events, listed by `catalog diff --format text`._"));
    assertTrue(
        markdown.matches(
            "(?s).*_Details of \\d+ more events left out to stay within GitHub's comment size limit; run `catalog diff --format text` to see them all._\n"),
        markdown.substring(markdown.length() - 300));
  }

  @Test
  void eventWithManyChangesShowsTheFirstHundred() {
    String markdown =
        new DiffMarkdown().render(diffOf(List.of(event("MessageSent", changes(250)))));

    assertTrue(markdown.contains("| field added | `field_099` |"));
    assertTrue(!markdown.contains("`field_100`"));
    assertTrue(
        markdown.contains(
            "_…and 150 more changes to this event, listed by `catalog diff --format text`._"));
  }

  @Test
  void smallLimitStillLeavesTheVerdictAndSaysWhatIsMissing() {
    String markdown =
        new DiffMarkdown(2_000)
            .render(diffOf(List.of(event("A", changes(40)), event("B", changes(40)))));

    assertTrue(markdown.length() <= 2_000, "" + markdown.length());
    assertTrue(
        markdown.startsWith("**No breaking changes**; 2 events differ (2 changed)"), markdown);
  }

  private static List<Change> changes(int n) {
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = String.format("field_%03d", i);
      changes.add(
          new Change(
              Aspect.FIELD, ChangeKind.ADDED, name, null, "string " + name + " = " + (i + 1)));
    }
    return changes;
  }

  private static EventDiff event(String name, List<Change> changes) {
    return new EventDiff(
        name,
        ChangeKind.CHANGED,
        "messaging",
        "domains/m/events/" + name + ".yaml",
        changes,
        List.of(),
        List.of());
  }

  private static ContractDiff diffOf(List<EventDiff> events) {
    return new ContractDiff(
        "acme-events",
        "main",
        events,
        List.of(),
        List.of(
            new Approval(
                "messaging",
                "@acme/messaging",
                List.of(new Approval.Reason(Approval.Role.OWNER, null, List.of("MessageSent"))))),
        List.of());
  }
}
