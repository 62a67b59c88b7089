package dev.eventcontracts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.RuleFamily;
import dev.eventcontracts.rule.RuleMeta;
import dev.eventcontracts.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {

  @Test
  void printsOneFindingPerLineSortedByFileAndLineThenTheNotes() {
    assertEquals(
        """
        domains/chat/events/room-created.yaml: warning: EVENT_NO_CONSUMERS Event "RoomCreated" has no consumers.
        schemas/acme/chat/v1/message_sent.proto:9: FIELD_LOWER_SNAKE_CASE Field name "roomId" should be lower_snake_case, such as "room_id".
        schemas/acme/chat/v1/message_sent.proto:12:3: FIELD_LOWER_SNAKE_CASE Field name "tenantId" should be lower_snake_case, such as "tenant_id".
        note: exception FIELD_NO_DELETE for MessageSent applied (expires 2026-12-31)
        """,
        ReportFormat.TEXT.render(SampleReports.lintWithFindings()));
  }

  @Test
  void inColourAnErrorsRuleIsRedAndAWarningsLabelYellowAndNothingElseChanges() {
    String coloured =
        ReportFormat.TEXT.render(SampleReports.lintWithFindings(), Path.of("."), true);

    assertEquals(
        """
        domains/chat/events/room-created.yaml: \u001B[33mwarning: EVENT_NO_CONSUMERS\u001B[0m Event "RoomCreated" has no consumers.
        schemas/acme/chat/v1/message_sent.proto:9: \u001B[31mFIELD_LOWER_SNAKE_CASE\u001B[0m Field name "roomId" should be lower_snake_case, such as "room_id".
        schemas/acme/chat/v1/message_sent.proto:12:3: \u001B[31mFIELD_LOWER_SNAKE_CASE\u001B[0m Field name "tenantId" should be lower_snake_case, such as "tenant_id".
        note: exception FIELD_NO_DELETE for MessageSent applied (expires 2026-12-31)
        """,
        coloured);
    assertEquals(
        ReportFormat.TEXT.render(SampleReports.lintWithFindings()),
        coloured.replaceAll("\u001B\\[[0-9;]*m", ""));
    assertEquals(
        ReportFormat.JSON.render(SampleReports.lintWithFindings()),
        ReportFormat.JSON.render(SampleReports.lintWithFindings(), Path.of("."), true),
        "only text has colour");
  }

  @Test
  void aCleanReportPrintsNothing() {
    assertEquals("", ReportFormat.TEXT.render(SampleReports.clean()));
  }

  @Test
  void summaryCountsErrorsAndWarningsAndTheErrorsOfEachCategory() {
    assertEquals(
        "2 errors, 1 warning (2 STYLE); switch a category off with lint.except",
        ReportSummary.of(SampleReports.lintWithFindings()));
    assertEquals("0 errors, 0 warnings", ReportSummary.of(SampleReports.clean()));
  }

  @Test
  void summaryWithoutErrorsIsTheCountsAlone() {
    Report warnings =
        new Report(
            "lint",
            List.of(SampleReports.EVENT_NO_CONSUMERS),
            List.of(finding("EVENT_NO_CONSUMERS", Severity.WARNING, "a.yaml")),
            List.of());

    assertEquals("0 errors, 1 warning", ReportSummary.of(warnings));
  }

  @Test
  void summaryOrdersCategoriesByCountThenName() {
    RuleMeta comment = rule("COMMENT_FIELD", Category.COMMENTS, RuleFamily.LINT);
    RuleMeta naming = rule("FIELD_LOWER_SNAKE_CASE", Category.NAMING, RuleFamily.LINT);
    RuleMeta yaml = rule("YAML_NO_UNKNOWN_KEY", Category.STRUCTURE, RuleFamily.LOAD);
    RuleMeta file = rule("FILE_LOWER_SNAKE_CASE", Category.NAMING, RuleFamily.LINT);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      findings.add(finding("COMMENT_FIELD", Severity.ERROR, "f" + i + ".proto"));
    }
    findings.add(finding("FIELD_LOWER_SNAKE_CASE", Severity.ERROR, "a.proto"));
    findings.add(finding("FILE_LOWER_SNAKE_CASE", Severity.ERROR, "B.proto"));
    findings.add(finding("YAML_NO_UNKNOWN_KEY", Severity.ERROR, "catalog.yaml"));
    findings.add(finding("YAML_NO_UNKNOWN_KEY", Severity.ERROR, "other.yaml"));
    findings.add(finding("COMMENT_FIELD", Severity.WARNING, "w.proto"));
    Report report = new Report("lint", List.of(yaml, naming, file, comment), findings, List.of());

    assertEquals(
        "16 errors, 1 warning (12 COMMENTS, 2 NAMING, 2 STRUCTURE); switch a category off with"
            + " lint.except",
        ReportSummary.of(report));
  }

  @Test
  void summaryNamesTheSectionOfTheRulesFamilyAndNoneForVerify() {
    RuleMeta wire = rule("FIELD_NO_DELETE", Category.WIRE, RuleFamily.BREAKING);
    RuleMeta missing = rule("SUBJECT_MISSING", Category.REGISTRY, RuleFamily.VERIFY);

    assertEquals(
        "1 error, 0 warnings (1 WIRE); switch a category off with breaking.except",
        ReportSummary.of(
            new Report(
                "breaking",
                List.of(wire),
                List.of(finding("FIELD_NO_DELETE", Severity.ERROR, "a.proto")),
                List.of())));
    assertEquals(
        "1 error, 0 warnings (1 REGISTRY)",
        ReportSummary.of(
            new Report(
                "verify",
                List.of(missing),
                List.of(finding("SUBJECT_MISSING", Severity.ERROR, "a.yaml")),
                List.of())));
  }

  private static RuleMeta rule(String id, Category category, RuleFamily family) {
    return new RuleMeta(id, category, family, Severity.ERROR, "A rule.");
  }

  private static Finding finding(String rule, Severity severity, String path) {
    return new Finding(rule, severity, new SourceLocation(path, 1, 1), null, "A finding.");
  }

  @Test
  void formatsAreNamedAsUsersTypeThem() {
    assertEquals(ReportFormat.SARIF, OutputFormat.of(ReportFormat.class, "SARIF"));
    assertEquals("junit", ReportFormat.JUNIT.id());
    assertEquals(
        "unknown format \"yaml\"; expected one of text, json, sarif, junit, github, markdown",
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> OutputFormat.of(ReportFormat.class, "yaml"))
            .getMessage());
  }
}
