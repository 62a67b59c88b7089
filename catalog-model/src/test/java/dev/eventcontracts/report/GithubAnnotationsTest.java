package dev.eventcontracts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

  @Test
  void oneWorkflowCommandPerFindingThenNotices() {
    assertEquals(
        """
        ::warning file=domains/chat/events/room-created.yaml,title=EVENT_NO_CONSUMERS::Event "RoomCreated" has no consumers.
        ::error file=schemas/acme/chat/v1/message_sent.proto,line=9,title=FIELD_LOWER_SNAKE_CASE::Field name "roomId" should be lower_snake_case, such as "room_id".
        ::error file=schemas/acme/chat/v1/message_sent.proto,line=12,col=3,title=FIELD_LOWER_SNAKE_CASE::Field name "tenantId" should be lower_snake_case, such as "tenant_id".
        ::notice::exception FIELD_NO_DELETE for MessageSent applied (expires 2026-12-31)
        """,
        ReportFormat.GITHUB.render(SampleReports.lintWithFindings()));
  }

  @Test
  void escapesWhatTheRunnerWouldOtherwiseReadAsSyntax() {
    String rendered =
        ReportFormat.GITHUB.render(
            SampleReports.hostile("dir,with:odd%/a.proto", "100% sure:\r\nline two, done"));

    assertEquals(
        "::error file=dir%2Cwith%3Aodd%25/a.proto,line=4,col=7,title=FIELD_LOWER_SNAKE_CASE"
            + "::100%25 sure:%0D%0Aline two, done\n",
        rendered);
  }
}
