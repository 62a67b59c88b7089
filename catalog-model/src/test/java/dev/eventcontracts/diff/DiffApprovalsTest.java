package dev.eventcontracts.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.Severity;
import dev.eventcontracts.testing.DiffFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whose approval a change needs. In the fixture, MessageSent is owned by messaging, produced by
 * chat-service (messaging) and consumed by archiver (compliance) and bi-ingest (analytics);
 * architecture reviews every change.
 */
class DiffApprovalsTest {

  private static final String MESSAGE_SENT = "schemas/acme/messaging/v1/message_sent.proto";

  @TempDir Path temp;

  @Test
  void safeChangeNeedsOwnerProducersAndArchitectsButNoConsumers() {
    ContractDiff diff =
        new DiffFixture(temp)
            .edit(
                MESSAGE_SENT,
                "map<string, string> labels = 7;",
                "map<string, string> labels = 7;\n  bool edited = 8;")
            .diff();

    assertEquals(List.of("@acme/messaging owner", "@acme/architecture architect"), approvers(diff));
  }

  @Test
  void breakingChangeAlsoNeedsTheTeamsOfEveryConsumer() {
    ContractDiff diff =
        new DiffFixture(temp)
            .edit(MESSAGE_SENT, "  // The message text.\n  string body = 4;\n", "")
            .diff(List.of(fieldDeleted("MessageSent")));

    assertEquals(
        List.of(
            "@acme/messaging owner",
            "@acme/analytics consumer",
            "@acme/compliance consumer",
            "@acme/architecture architect"),
        approvers(diff));
    assertEquals(List.of("archiver", "bi-ingest"), diff.events().get(0).affectedConsumers());
  }

  @Test
  void consumersAffectedAreThoseOfTheReferenceEvenWhenTheChangeDropsOne() {
    ContractDiff diff =
        new DiffFixture(temp)
            .edit(
                "domains/messaging/events/message-sent.yaml",
                "consumers: [archiver, bi-ingest]",
                "consumers: [archiver]")
            .diff(List.of(fieldDeleted("MessageSent")));

    assertEquals(List.of("archiver", "bi-ingest"), diff.events().get(0).affectedConsumers());
  }

  @Test
  void producerMovedToAnotherTeamAsksBothTeams() {
    ContractDiff diff =
        new DiffFixture(temp)
            .edit(
                "domains/messaging/events/message-sent.yaml",
                "producers: [chat-service]",
                "producers: [bi-ingest]")
            .diff();

    assertEquals(
        List.of(
            "@acme/messaging owner", "@acme/analytics producer", "@acme/architecture architect"),
        approvers(diff));
  }

  @Test
  void breakInASharedMessageAffectsTheConsumersOfEveryEventCarryingIt() {
    Finding retyped =
        new Finding(
            "FIELD_WIRE_COMPATIBLE_TYPE",
            Severity.ERROR,
            new SourceLocation("schemas/acme/common/v1/envelope.proto", 12, 3),
            "ConversationArchived",
            "field 2 \"tenant_id\" changed type from \"string\" to \"int64\"");
    ContractDiff diff =
        new DiffFixture(temp)
            .edit(
                "schemas/acme/common/v1/envelope.proto",
                "string tenant_id = 2",
                "int64 tenant_id = 2")
            .diff(List.of(retyped));

    assertEquals(1, diff.breakingCount());
    assertEquals(2, diff.breakingEvents());
    assertEquals(
        List.of("ConversationArchived [bi-ingest]", "MessageSent [archiver, bi-ingest]"),
        diff.events().stream().map(e -> e.name() + " " + e.affectedConsumers()).toList());
    assertEquals(
        List.of(
            "@acme/messaging owner",
            "@acme/analytics consumer",
            "@acme/compliance consumer",
            "@acme/architecture architect"),
        approvers(diff));
  }

  @Test
  void breakingFindingOutsideAnyEventNeedsTheArchitects() {
    Finding strategyChanged =
        new Finding(
            "CATALOG_SAME_SUBJECT_NAME_STRATEGY",
            Severity.ERROR,
            new SourceLocation("catalog.yaml", 11, 24),
            null,
            "subject name strategy changed from \"topic\" to \"record\"");
    ContractDiff diff = new DiffFixture(temp).diff(List.of(strategyChanged));

    assertEquals(1, diff.otherBreaking().size());
    assertEquals(List.of("@acme/architecture architect"), approvers(diff));
  }

  @Test
  void teamWithoutGitHubHandleIsNamedByItsTeamName() {
    ContractDiff diff =
        new DiffFixture(temp)
            .edit(
                "catalog.yaml",
                "  architecture: { github: \"@acme/architecture\", contact: \"architecture@acme.example\" }",
                "  architecture: { contact: \"architecture@acme.example\" }")
            .edit(MESSAGE_SENT, "string sender_id = 3", "int64 sender_id = 3")
            .diff();

    assertEquals(List.of("@acme/messaging owner", "architecture architect"), approvers(diff));
  }

  private static Finding fieldDeleted(String event) {
    return new Finding(
        "FIELD_NO_DELETE",
        Severity.ERROR,
        new SourceLocation(MESSAGE_SENT, 34, 3),
        event,
        "field 4 \"body\" was deleted without being reserved");
  }

  private static List<String> approvers(ContractDiff diff) {
    return diff.approvals().stream().map(a -> a.handle() + " " + a.role().id()).toList();
  }
}
