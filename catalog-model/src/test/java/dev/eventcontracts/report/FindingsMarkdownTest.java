package dev.eventcontracts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.RuleFamily;
import dev.eventcontracts.rule.RuleMeta;
import dev.eventcontracts.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --format markdown} of lint, breaking and verify: what a GitHub job summary shows. */
class FindingsMarkdownTest {

  private static final String DOCS =
      "https://github.com/eventcontracts/catalog/blob/main/docs/rules.md#";

  private static final RuleMeta SUBJECT_MISSING =
      new RuleMeta(
          "SUBJECT_MISSING",
          Category.REGISTRY,
          RuleFamily.VERIFY,
          Severity.ERROR,
          "Every subject the catalog plans exists in the registry.");
  private static final RuleMeta SUBJECT_UNMANAGED =
      new RuleMeta(
          "SUBJECT_UNMANAGED",
          Category.REGISTRY,
          RuleFamily.VERIFY,
          Severity.WARNING,
          "Every subject in the registry is managed by the catalog.");

  @Test
  void verifyWithDriftHasAHeadingAVerdictAndATableOfFindings() {
    Report drift =
        new Report(
            "verify",
            List.of(SUBJECT_MISSING, SUBJECT_UNMANAGED),
            List.of(
                new Finding(
                    "SUBJECT_MISSING",
                    Severity.ERROR,
                    new SourceLocation("domains/messaging/events/message-sent.yaml", 9, 13),
                    "MessageSent",
                    "Subject \"messaging.message-sent.v1-value\" is missing from dev; run catalog"
                        + " deploy --env dev."),
                new Finding(
                    "SUBJECT_UNMANAGED",
                    Severity.WARNING,
                    new SourceLocation("catalog.yaml", 33, 3),
                    null,
                    "Subject \"legacy.audit_log|v2\" in dev is not managed by the catalog.")),
            List.of());

    assertEquals(
        """
        ## catalog verify

        **Drift**: 1 error, 1 warning (1 REGISTRY).

        | Rule | Severity | Where | Message |
        | --- | --- | --- | --- |
        | [`SUBJECT_UNMANAGED`](%1$ssubject_unmanaged) | warning | `catalog.yaml:33:3` | Subject "legacy.audit\\_log\\|v2" in dev is not managed by the catalog. |
        | [`SUBJECT_MISSING`](%1$ssubject_missing) | error | `domains/messaging/events/message-sent.yaml:9:13` | Subject "messaging.message-sent.v1-value" is missing from dev; run catalog deploy --env dev. |
        """
            .formatted(DOCS),
        ReportFormat.MARKDOWN.render(drift));
  }

  @Test
  void aCleanVerifySaysNoDriftInOneLine() {
    Report clean = new Report("verify", List.of(SUBJECT_MISSING), List.of(), List.of());

    assertEquals(
        "## catalog verify\n\n**No drift**: 0 errors, 0 warnings.\n",
        ReportFormat.MARKDOWN.render(clean));
  }

  @Test
  void lintNamesTheCategoryToSwitchOffAndListsTheNotes() {
    String markdown = ReportFormat.MARKDOWN.render(SampleReports.lintWithFindings());

    assertTrue(
        markdown.startsWith(
            "## catalog lint\n\n**Lint failed**: 2 errors, 1 warning (2 STYLE); switch a category"
                + " off with lint.except.\n\n| Rule |"),
        markdown);
    assertTrue(
        markdown.contains(
            "| [`FIELD_LOWER_SNAKE_CASE`]("
                + DOCS
                + "field_lower_snake_case) | error |"
                + " `schemas/acme/chat/v1/message_sent.proto:9` | Field name \"roomId\""),
        markdown);
    assertTrue(
        markdown.endsWith(
            " |\n\n- exception FIELD\\_NO\\_DELETE for MessageSent applied (expires 2026-12-31)\n"),
        markdown);
  }

  @Test
  void aVeryLongReportIsCutWithAPointerToTheText() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < FindingsMarkdown.MAX_ROWS + 5; i++) {
      findings.add(
          new Finding(
              "SUBJECT_MISSING",
              Severity.ERROR,
              new SourceLocation("f" + i + ".yaml", 1, 1),
              null,
              "Missing."));
    }

    String markdown =
        ReportFormat.MARKDOWN.render(
            new Report("verify", List.of(SUBJECT_MISSING), findings, List.of()));

    assertEquals(
        FindingsMarkdown.MAX_ROWS, markdown.lines().filter(l -> l.startsWith("| [")).count());
    assertTrue(
        markdown.endsWith("\n_…and 5 more findings, listed by `--format text`._\n"), markdown);
  }
}
