package dev.eventcontracts.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.report.DiffFormat;
import dev.eventcontracts.report.DiffText;
import dev.eventcontracts.testing.DiffFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the contract diff reports for each kind of change a pull request can make to an event. */
class DiffModelTest {

  private static final String MESSAGE_SENT = "schemas/acme/messaging/v1/message_sent.proto";
  private static final String ENVELOPE = "schemas/acme/common/v1/envelope.proto";
  private static final String MESSAGE_SENT_YAML = "domains/messaging/events/message-sent.yaml";
  private static final String ARCHIVED_YAML = "domains/messaging/events/conversation-archived.yaml";

  @TempDir Path temp;

  @Test
  void identicalCatalogsHaveNoChanges() {
    ContractDiff diff = new DiffFixture(temp).diff();

    assertTrue(diff.isEmpty());
    assertEquals(List.of(), diff.approvals());
  }

  @Test
  void fieldAddedAndRemovedShowTheirDeclarations() {
    DiffFixture fixture =
        new DiffFixture(temp)
            .edit(MESSAGE_SENT, "  // The message text.\n  string body = 4;\n", "")
            .edit(
                MESSAGE_SENT,
                "map<string, string> labels = 7;",
                "map<string, string> labels = 7;\n  // Edited since sent.\n  bool edited = 8;");

    assertEquals(
        List.of("field removed body: string body = 4", "field added edited: bool edited = 8"),
        fixture.changes("MessageSent"));
  }

  @Test
  void anEditionsFileDiffsByItsFieldsNotItsSyntax() throws java.io.IOException {
    DiffFixture fixture = new DiffFixture(temp);
    String proto3 = java.nio.file.Files.readString(fixture.before.resolve(ENVELOPE));
    String edition =
        proto3.replace(
            "syntax = \"proto3\";",
            "edition = \"2023\";\noption features.field_presence = IMPLICIT;");
    fixture.write(
        ENVELOPE,
        edition.replace(
            "google.protobuf.Timestamp occurred_at = 3;",
            "google.protobuf.Timestamp occurred_at = 3;\n  // Who caused it.\n  string actor_id = 4;"));

    assertEquals(
        List.of("field added envelope.actor_id: string actor_id = 4"),
        fixture.changes("MessageSent"));
  }

  @Test
  void fieldTypeChangeShowsOldAndNewType() {
    DiffFixture fixture =
        new DiffFixture(temp).edit(MESSAGE_SENT, "string sender_id = 3", "int64 sender_id = 3");

    assertEquals(List.of("field type sender_id: string -> int64"), fixture.changes("MessageSent"));
  }

  @Test
  void renumberedFieldIsOneFieldWhoseNumberChanged() {
    DiffFixture fixture =
        new DiffFixture(temp).edit(MESSAGE_SENT, "string sender_id = 3", "string sender_id = 9");

    assertEquals(List.of("field number sender_id: 3 -> 9"), fixture.changes("MessageSent"));
  }

  @Test
  void renamedFieldKeepsItsNumber() {
    DiffFixture fixture =
        new DiffFixture(temp).edit(MESSAGE_SENT, "string sender_id = 3", "string author_id = 3");

    assertEquals(
        List.of("field name author_id: sender_id -> author_id"), fixture.changes("MessageSent"));
  }

  @Test
  void renameInAJsonEventAlsoChangesItsJsonName() {
    DiffFixture fixture =
        new DiffFixture(temp)
            .edit(
                "schemas/acme/messaging/v1/conversation_archived.proto",
                "int32 message_count = 3",
                "int32 messages = 3");

    assertEquals(
        List.of(
            "field name messages: message_count -> messages",
            "field json_name messages: messageCount -> messages"),
        fixture.changes("ConversationArchived"));
  }

  @Test
  void declaredJsonNameChangeShowsInAProtobufEvent() {
    DiffFixture fixture =
        new DiffFixture(temp)
            .edit(
                MESSAGE_SENT,
                "string sender_id = 3",
                "string sender_id = 3 [json_name = \"from\"]");

    assertEquals(
        List.of("field json_name sender_id: senderId -> from"), fixture.changes("MessageSent"));
  }

  @Test
  void proto2DefaultChangeShowsOldAndNewDefault() {
    DiffFixture fixture =
        new DiffFixture(temp)
            .edit(MESSAGE_SENT, "syntax = \"proto3\";", "syntax = \"proto2\";")
            .edit(MESSAGE_SENT, "string sender_id = 3", "optional string sender_id = 3")
            .edit(MESSAGE_SENT, "string body = 4", "optional string body = 4")
            .edit(
                MESSAGE_SENT,
                "  ConversationType conversation_type = 5",
                "  optional ConversationType conversation_type = 5")
            .edit(
                MESSAGE_SENT,
                "  acme.common.v1.Envelope envelope = 1",
                "  optional acme.common.v1.Envelope envelope = 1")
            .edit(
                MESSAGE_SENT,
                "  string conversation_id = 2",
                "  optional string conversation_id = 2")
            .edit(MESSAGE_SENT, "    string uri = 1", "    optional string uri = 1")
            .edit(MESSAGE_SENT, "    int64 size_bytes = 2", "    optional int64 size_bytes = 2");
    DiffFixture.copy(fixture.after, temp.resolve("proto2"));
    fixture.edit(
        MESSAGE_SENT,
        "optional string body = 4",
        "optional string body = 4 [default = \"(empty)\"]");
    ContractDiff diff =
        ContractDiff.between(
            DiffFixture.load(temp.resolve("proto2")),
            DiffFixture.load(fixture.after),
            List.of(),
            "main");

    assertEquals(List.of("field default body: (empty)"), DiffFixture.changes(diff, "MessageSent"));
  }

  @Test
  void labelChangesNameRepeatedOptionalAndOneof() {
    DiffFixture fixture =
        new DiffFixture(temp)
            .edit(MESSAGE_SENT, "string sender_id = 3", "repeated string sender_id = 3")
            .edit(MESSAGE_SENT, "string body = 4;", "oneof content {\n    string body = 4;\n  }")
            .edit(
                MESSAGE_SENT,
                "ConversationType conversation_type = 5",
                "optional ConversationType conversation_type = 5");

    assertEquals(
        List.of(
            "field label body: singular -> oneof content",
            "field label conversation_type: singular -> optional",
            "field label sender_id: singular -> repeated"),
        fixture.changes("MessageSent"));
  }

  @Test
  void nestedMessageChangesShowTheirPath() {
    DiffFixture fixture =
        new DiffFixture(temp).edit(MESSAGE_SENT, "int64 size_bytes = 2", "int64 size = 2");

    assertEquals(
        List.of("field name attachments.size: size_bytes -> size"), fixture.changes("MessageSent"));
  }

  @Test
  void changeToASharedMessageShowsInEveryEventThatCarriesIt() {
    DiffFixture fixture =
        new DiffFixture(temp).edit(ENVELOPE, "string tenant_id = 2", "int64 tenant_id = 2");

    ContractDiff diff = fixture.diff();

    assertEquals(
        List.of("field type envelope.tenant_id: string -> int64"),
        DiffFixture.changes(diff, "MessageSent"));
    assertEquals(
        List.of("field type envelope.tenant_id: string -> int64"),
        DiffFixture.changes(diff, "ConversationArchived"));
  }

  @Test
  void enumValuesAddedRemovedAndRenamed() {
    DiffFixture fixture =
        new DiffFixture(temp)
            .edit(MESSAGE_SENT, "CONVERSATION_TYPE_ROOM = 2;", "CONVERSATION_TYPE_GROUP = 2;")
            .edit(
                MESSAGE_SENT,
                "    // Between two people.\n    CONVERSATION_TYPE_DIRECT = 1;\n",
                "    // In a thread.\n    CONVERSATION_TYPE_THREAD = 3;\n");

    assertEquals(
        List.of(
            "enum value added conversation_type: CONVERSATION_TYPE_THREAD = 3",
            "enum value removed conversation_type: CONVERSATION_TYPE_DIRECT = 1",
            "enum value name conversation_type: CONVERSATION_TYPE_ROOM = 2 ->"
                + " CONVERSATION_TYPE_GROUP = 2"),
        fixture.changes("MessageSent"));
  }

  @Test
  void mapValueMessagesAreWalked() {
    DiffFixture fixture =
        new DiffFixture(temp)
            .edit(
                MESSAGE_SENT,
                "map<string, string> labels = 7",
                "map<string, Attachment> labels = 7");

    assertEquals(
        List.of(
            "field type labels: map<string, string> -> map<string, acme.messaging.v1.MessageSent.Attachment>"),
        fixture.changes("MessageSent"));
  }

  @Test
  void recursiveMessagesAreWalkedOnce() {
    DiffFixture fixture =
        new DiffFixture(temp)
            .edit(
                MESSAGE_SENT,
                "int64 size_bytes = 2;",
                "int64 size_bytes = 2;\n    repeated Attachment parts = 3;");

    assertEquals(
        List.of(
            "field added attachments.parts: repeated acme.messaging.v1.MessageSent.Attachment parts = 3"),
        fixture.changes("MessageSent"));
  }

  @Test
  void topicsKeysAndServices() {
    DiffFixture fixture =
        new DiffFixture(temp)
            .edit(
                MESSAGE_SENT_YAML,
                "  - { name: messaging.message-sent.v1, key: conversation_id }",
                "  - { name: messaging.message-sent.v1, key: sender_id }\n"
                    + "  - { name: messaging.message-sent-audit.v1 }")
            .edit(
                MESSAGE_SENT_YAML,
                "producers: [chat-service]",
                "producers: [chat-service, bot-service]")
            .edit(MESSAGE_SENT_YAML, "consumers: [archiver, bi-ingest]", "consumers: [archiver]");

    assertEquals(
        List.of(
            "topic added messaging.message-sent-audit.v1: no key",
            "topic key messaging.message-sent.v1: conversation_id -> sender_id",
            "producer added bot-service",
            "consumer removed bi-ingest"),
        fixture.changes("MessageSent"));
  }

  @Test
  void headersAddedChangedAndRemoved() {
    DiffFixture fixture =
        new DiffFixture(temp)
            .edit(
                MESSAGE_SENT_YAML,
                "headers: [ { name: conversation-type, values: [direct, room] } ]",
                "headers: [ { name: conversation-type, required: true, values: [direct, room, thread] } ]")
            .edit(
                ARCHIVED_YAML,
                "tenancy: multi",
                "tenancy: multi\nheaders: [ { name: archive-reason } ]");

    ContractDiff diff = fixture.diff();

    assertEquals(
        List.of(
            "header changed conversation-type: optional; values: direct, room -> required; values:"
                + " direct, room, thread"),
        DiffFixture.changes(diff, "MessageSent"));
    assertEquals(
        List.of("header added archive-reason: optional"),
        DiffFixture.changes(diff, "ConversationArchived"));
  }

  @Test
  void anOptionalHeaderAddedToTheCatalogContractShowsOnceForTheCatalog() {
    DiffFixture fixture =
        new DiffFixture(temp)
            .edit(
                "catalog.yaml",
                "  - { name: tenant-id, requiredWhen: \"tenancy == multi\" }\n",
                "  - { name: tenant-id, requiredWhen: \"tenancy == multi\" }\n"
                    + "  - { name: trace-id, values: [w3c, b3] }\n");

    ContractDiff diff = fixture.diff();

    assertEquals(
        List.of("header added trace-id: optional; values: w3c, b3"),
        diff.catalogChanges().stream().map(DiffText::change).toList());
    assertEquals(List.of(), diff.events());
    assertEquals(
        List.of("@acme/architecture"), diff.approvals().stream().map(a -> a.handle()).toList());
    assertEquals(
        """
        No breaking changes; 1 change to the catalog's header contract against main \
        - approval needed from @acme/architecture

        catalog header contract:
          header added trace-id: optional; values: w3c, b3

        approvals:
          @acme/architecture (architecture): architects: review every contract change
        """,
        DiffFormat.TEXT.render(diff));
    assertTrue(
        DiffFormat.MARKDOWN
            .render(diff)
            .contains(
                "**Catalog header contract** (every event's records)\n\n"
                    + "| Change | Element | Old | New |\n| --- | --- | --- | --- |\n"
                    + "| header added | `trace-id` |  | `optional; values: w3c, b3` |\n"));
    assertTrue(
        DiffFormat.JSON
            .render(diff)
            .contains(
                """
                  "catalogChanges": [
                    {
                      "aspect": "header",
                      "change": "added",
                      "element": "trace-id",
                      "old": null,
                      "new": "optional; values: w3c, b3"
                    }
                  ],
                """));
  }

  @Test
  void aHeaderOfTheCatalogContractNoLongerRequiredShowsAsAChangeAndBreaksTheEvents() {
    DiffFixture fixture =
        new DiffFixture(temp)
            .edit("catalog.yaml", "{ name: event-type, required: true }", "{ name: event-type }");

    ContractDiff diff = fixture.diffAgainstMain();

    assertEquals(
        List.of("header changed event-type: required -> optional"),
        diff.catalogChanges().stream().map(DiffText::change).toList());
    assertEquals(
        List.of("EVENT_SAME_REQUIRED_HEADERS"),
        diff.events().stream()
            .flatMap(e -> e.breaking().stream())
            .map(f -> f.rule())
            .distinct()
            .toList());
  }

  @Test
  void contractAttributes() {
    DiffFixture fixture =
        new DiffFixture(temp)
            .edit(MESSAGE_SENT_YAML, "owner: messaging", "owner: analytics")
            .edit(MESSAGE_SENT_YAML, "version: 1", "version: 2")
            .edit(MESSAGE_SENT_YAML, "compatibility: FULL_TRANSITIVE", "compatibility: BACKWARD")
            .edit(MESSAGE_SENT_YAML, "classification: internal", "classification: confidential")
            .edit(MESSAGE_SENT_YAML, "tenancy: multi", "tenancy: single")
            .edit(MESSAGE_SENT_YAML, "status: active", "status: active\nencoding: json");

    assertEquals(
        List.of(
            "owner: messaging -> analytics",
            "version: 1 -> 2",
            "encoding: protobuf -> json",
            "compatibility: FULL_TRANSITIVE -> BACKWARD",
            "classification: internal -> confidential",
            "tenancy: multi -> single"),
        fixture.changes("MessageSent"));
  }

  @Test
  void deprecationShowsStatusReplacementAndSunset() {
    DiffFixture fixture =
        new DiffFixture(temp)
            .edit(
                ARCHIVED_YAML,
                "status: active",
                "status: deprecated\ndeprecation: { replacedBy: MessageSent, sunset: 2027-06-30 }");

    assertEquals(
        List.of("status: active -> deprecated", "replaced by: MessageSent", "sunset: 2027-06-30"),
        fixture.changes("ConversationArchived"));
  }

  @Test
  void schemaPointedAtAnotherMessageComparesTheTwoMessages() {
    DiffFixture fixture =
        new DiffFixture(temp)
            .edit(
                ARCHIVED_YAML,
                "acme.messaging.v1.ConversationArchived",
                "acme.messaging.v1.MessageSent");

    List<String> changes = fixture.changes("ConversationArchived");

    assertEquals(
        "schema message: acme.messaging.v1.ConversationArchived -> acme.messaging.v1.MessageSent",
        changes.get(0));
    assertTrue(
        changes.contains("field name sender_id: message_count -> sender_id"), changes::toString);
  }

  @Test
  void eventsAddedAndRemoved() {
    DiffFixture fixture = new DiffFixture(temp);
    String archived = DiffFixture.read(fixture.before.resolve(ARCHIVED_YAML));
    fixture
        .delete(ARCHIVED_YAML)
        .write(
            "domains/messaging/events/message-deleted.yaml",
            archived
                .replace("name: ConversationArchived", "name: MessageDeleted")
                .replace("conversation-archived", "message-deleted"));

    ContractDiff diff = fixture.diff();

    assertEquals(
        List.of("ConversationArchived removed", "MessageDeleted added"),
        diff.events().stream().map(e -> e.name() + " " + e.kind().id()).toList());
    assertEquals(
        List.of(
            "owner: messaging",
            "status: active",
            "version: 1",
            "summary: A conversation was archived.",
            "schema message: acme.messaging.v1.ConversationArchived",
            "encoding: json",
            "compatibility: BACKWARD_TRANSITIVE",
            "classification: internal",
            "tenancy: multi",
            "topic added messaging.message-deleted.v1: key conversation_id",
            "producer added chat-service",
            "consumer added bi-ingest"),
        DiffFixture.changes(diff, "MessageDeleted"));
  }
}
