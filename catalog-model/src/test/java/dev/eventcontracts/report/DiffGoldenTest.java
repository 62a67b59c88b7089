package dev.eventcontracts.report;

import dev.eventcontracts.diff.ContractDiff;
import dev.eventcontracts.testing.DiffFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reviewer sees for a pull request that changes the small messaging catalog in many ways at
 * once, in each format. The expected files sit under {@code src/test/resources/diff/golden}.
 */
class DiffGoldenTest {

  @TempDir Path temp;

  /**
   * The planted pull request, diffed against main with the breaking check: a field deleted and one
   * retyped in MessageSent (both breaking), a field and an enum value added, a field added to the
   * shared envelope, MessageSent made confidential, ConversationArchived deprecated, and a new
   * MessageDeleted event.
   */
  private ContractDiff planted() {
    DiffFixture fixture =
        new DiffFixture(temp)
            .edit(
                "schemas/acme/messaging/v1/message_sent.proto",
                "  // The message text.\n  string body = 4;\n",
                "")
            .edit(
                "schemas/acme/messaging/v1/message_sent.proto",
                "string sender_id = 3",
                "int64 sender_id = 3")
            .edit(
                "schemas/acme/messaging/v1/message_sent.proto",
                "map<string, string> labels = 7;",
                "map<string, string> labels = 7;\n  // Edited since it was sent.\n  bool edited = 8;")
            .edit(
                "schemas/acme/messaging/v1/message_sent.proto",
                "CONVERSATION_TYPE_ROOM = 2;",
                "CONVERSATION_TYPE_ROOM = 2;\n    // In a thread.\n    CONVERSATION_TYPE_THREAD = 3;")
            .edit(
                "schemas/acme/common/v1/envelope.proto",
                "google.protobuf.Timestamp occurred_at = 3;",
                "google.protobuf.Timestamp occurred_at = 3;\n  // Region that produced it.\n"
                    + "  string region = 4;")
            .edit(
                "domains/messaging/events/message-sent.yaml",
                "classification: internal",
                "classification: confidential")
            .edit(
                "domains/messaging/events/message-sent.yaml",
                "values: [direct, room]",
                "values: [direct, room, thread]")
            .edit(
                "domains/messaging/events/conversation-archived.yaml",
                "status: active",
                "status: deprecated\ndeprecation: { sunset: 2027-06-30 }")
            .write(
                "schemas/acme/messaging/v1/message_deleted.proto",
                """
                syntax = "proto3";

                package acme.messaging.v1;

                import "acme/common/v1/envelope.proto";

                // A chat message was deleted.
                message MessageDeleted {
                  // Metadata every event carries.
                  acme.common.v1.Envelope envelope = 1;
                  // The conversation; the partition key.
                  string conversation_id = 2;
                }
                """)
            .write(
                "domains/messaging/events/message-deleted.yaml",
                """
                name: MessageDeleted
                version: 1
                summary: A chat message was deleted.
                owner: messaging
                schema: { message: acme.messaging.v1.MessageDeleted }
                topics:
                  - { name: messaging.message-deleted.v1, key: conversation_id }
                producers: [chat-service]
                consumers: [archiver]
                classification: internal
                tenancy: multi
                """);
    return fixture.diffAgainstMain();
  }

  @Test
  void markdownForAPullRequestComment() {
    Golden.assertMatches("planted.md", DiffFormat.MARKDOWN.render(planted()));
  }

  @Test
  void textForATerminal() {
    Golden.assertMatches("planted.txt", DiffFormat.TEXT.render(planted()));
  }

  @Test
  void jsonForTools() {
    Golden.assertMatches("planted.json", DiffFormat.JSON.render(planted()));
  }

  @Test
  void noChangeSaysSoInOneLine() {
    ContractDiff diff = new DiffFixture(temp).diff();

    Golden.assertMatches("no-change.md", DiffFormat.MARKDOWN.render(diff));
    Golden.assertMatches("no-change.txt", DiffFormat.TEXT.render(diff));
  }
}
