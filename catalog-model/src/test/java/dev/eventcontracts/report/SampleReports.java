package dev.eventcontracts.report;

import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.RuleFamily;
import dev.eventcontracts.rule.RuleMeta;
import dev.eventcontracts.rule.Severity;
import java.util.List;

/** Reports shaped like real lint runs, shared by the tests of each format. */
final class SampleReports {

  static final RuleMeta FIELD_LOWER_SNAKE_CASE =
      new RuleMeta(
          "FIELD_LOWER_SNAKE_CASE",
          Category.STYLE,
          RuleFamily.LINT,
          Severity.ERROR,
          "Field names are lower_snake_case, as protobuf's style guide asks.");
  static final RuleMeta EVENT_NO_CONSUMERS =
      new RuleMeta(
          "EVENT_NO_CONSUMERS",
          Category.STRUCTURE,
          RuleFamily.LINT,
          Severity.WARNING,
          "An event nobody consumes is worth a second look.");
  static final RuleMeta EVENT_OWNER_EXISTS =
      new RuleMeta(
          "EVENT_OWNER_EXISTS",
          Category.REFERENCES,
          RuleFamily.LINT,
          Severity.ERROR,
          "An event's owner is a known team.");

  private SampleReports() {}

  /** Two errors of one rule, a warning of another, one rule silent, and a note. */
  static Report lintWithFindings() {
    return new Report(
        "lint",
        List.of(EVENT_NO_CONSUMERS, EVENT_OWNER_EXISTS, FIELD_LOWER_SNAKE_CASE),
        List.of(
            new Finding(
                "FIELD_LOWER_SNAKE_CASE",
                Severity.ERROR,
                new SourceLocation("schemas/acme/chat/v1/message_sent.proto", 12, 3),
                "MessageSent",
                "Field name \"tenantId\" should be lower_snake_case, such as \"tenant_id\"."),
            new Finding(
                "EVENT_NO_CONSUMERS",
                Severity.WARNING,
                SourceLocation.of("domains/chat/events/room-created.yaml"),
                "RoomCreated",
                "Event \"RoomCreated\" has no consumers."),
            new Finding(
                "FIELD_LOWER_SNAKE_CASE",
                Severity.ERROR,
                new SourceLocation("schemas/acme/chat/v1/message_sent.proto", 9, 0),
                null,
                "Field name \"roomId\" should be lower_snake_case, such as \"room_id\".")),
        List.of("exception FIELD_NO_DELETE for MessageSent applied (expires 2026-12-31)"));
  }

  static Report clean() {
    return new Report(
        "lint", List.of(EVENT_OWNER_EXISTS, FIELD_LOWER_SNAKE_CASE), List.of(), List.of());
  }

  /** One finding whose message and path hold everything the formats must escape. */
  static Report hostile(String path, String message) {
    return new Report(
        "breaking",
        List.of(FIELD_LOWER_SNAKE_CASE),
        List.of(
            new Finding(
                "FIELD_LOWER_SNAKE_CASE",
                Severity.ERROR,
                new SourceLocation(path, 4, 7),
                "Odd<Event>",
                message)),
        List.of());
  }
}
