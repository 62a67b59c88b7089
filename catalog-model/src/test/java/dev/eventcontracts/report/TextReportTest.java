package dev.eventcontracts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextReportTest {

  @Test
  void printsOneFindingPerLineSortedByFileAndLineThenTheNotes() {
    assertEquals(
        """
        domains/chat/events/room-created.yaml: EVENT_NO_CONSUMERS Event "RoomCreated" has no consumers.
        schemas/acme/chat/v1/message_sent.proto:9: FIELD_LOWER_SNAKE_CASE Field name "roomId" should be lower_snake_case, such as "room_id".
        schemas/acme/chat/v1/message_sent.proto:12:3: FIELD_LOWER_SNAKE_CASE Field name "tenantId" should be lower_snake_case, such as "tenant_id".
        note: exception FIELD_NO_DELETE for MessageSent applied (expires 2026-12-31)
        """,
        ReportFormat.TEXT.render(SampleReports.lintWithFindings()));
  }

  @Test
  void aCleanReportPrintsNothing() {
    assertEquals("", ReportFormat.TEXT.render(SampleReports.clean()));
  }

  @Test
  void summaryCountsErrorsAndWarnings() {
    assertEquals("2 errors, 1 warning", ReportSummary.of(SampleReports.lintWithFindings()));
    assertEquals("0 errors, 0 warnings", ReportSummary.of(SampleReports.clean()));
  }

  @Test
  void formatsAreNamedAsUsersTypeThem() {
    assertEquals(ReportFormat.SARIF, OutputFormat.of(ReportFormat.class, "SARIF"));
    assertEquals("junit", ReportFormat.JUNIT.id());
    assertEquals(
        "unknown format \"yaml\"; expected one of text, json, sarif, junit, github",
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> OutputFormat.of(ReportFormat.class, "yaml"))
            .getMessage());
  }
}
