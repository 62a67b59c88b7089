package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageNoUnusedTest {

  private static final String ROOM = "schemas/acme/messaging/v1/room.proto";
  private static final String OPTIONS = "schemas/acme/options/v1/options.proto";
  private static final String RULES = "schemas/acme/options/v1/rules.proto";

  @TempDir Path dir;

  /** The event's message with a referenced and an unreferenced nested message, and a map. */
  private TestCatalog withRoomAndNestedMessages() {
    return TestCatalog.in(dir)
        .replace(
            TestCatalog.PROTO_FILE,
            "import \"google/protobuf/timestamp.proto\";\n",
            "import \"google/protobuf/timestamp.proto\";\nimport \"acme/messaging/v1/room.proto\";\n")
        .replace(
            TestCatalog.PROTO_FILE,
            "  Channel channel = 5;\n",
            """
              Channel channel = 5;
              // Files attached to the message.
              repeated Attachment attachments = 6;
              // Reactions by member id.
              map<string, Reaction> reactions = 7;
              // A file attached to a message.
              message Attachment {
                // Where the file is.
                string uri = 1;
              }
              // A draft nobody refers to.
              message Draft {
                // The text.
                string text = 1;
              }
            """)
        .write(
            ROOM,
            """
            syntax = "proto3";

            package acme.messaging.v1;

            // A reaction to a message.
            message Reaction {
              // The emoji.
              string emoji = 1;
            }

            // A chat room.
            message Room {
              // The room's name.
              string name = 1;
            }
            """);
  }

  @Test
  void silentOnTheCleanCatalog() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("MESSAGE_NO_UNUSED"));
  }

  @Test
  void firesOnMessagesNoEventReachesNestedOnesIncluded() {
    assertEquals(
        List.of(
            TestCatalog.PROTO_FILE
                + ":30:3: Message \"acme.messaging.v1.MessageSent.Draft\" is used by no event,"
                + " neither named in an event's schema nor reachable through the fields of one;"
                + " use it, or delete it.",
            ROOM
                + ":12:1: Message \"acme.messaging.v1.Room\" is used by no event, neither named in"
                + " an event's schema nor reachable through the fields of one; use it, or delete"
                + " it."),
        withRoomAndNestedMessages().findings("MESSAGE_NO_UNUSED"));
  }

  @Test
  void silentInABareTreeOfProtosWithoutEvents() {
    TestCatalog catalog = withRoomAndNestedMessages().delete(TestCatalog.EVENT_FILE);
    assertEquals(List.of(), catalog.findings("MESSAGE_NO_UNUSED"));
  }

  @Test
  void messagesOfFilesThatServeCustomOptionsDoNotCount() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(
                TestCatalog.PROTO_FILE,
                "import \"google/protobuf/timestamp.proto\";\n",
                "import \"google/protobuf/timestamp.proto\";\n"
                    + "import \"acme/options/v1/options.proto\";\n")
            .write(
                OPTIONS,
                """
            syntax = "proto3";

            package acme.options.v1;

            import "google/protobuf/descriptor.proto";
            import "acme/options/v1/rules.proto";

            // How sensitive a field is.
            message Classification {
              // The level, such as "confidential".
              string level = 1;
            }

            // Kept for option tooling.
            message Registry {}

            // Options for payload fields.
            extend google.protobuf.FieldOptions {
              // How sensitive the field is.
              Classification classification = 50001;
            }
            """)
            .write(
                RULES,
                """
            syntax = "proto3";

            package acme.options.v1;

            // A rule option tooling applies.
            message Rule {}
            """)
            .write(
                ROOM,
                """
            syntax = "proto3";

            package acme.messaging.v1;

            // A chat room.
            message Room {}
            """);
    assertEquals(
        List.of(
            ROOM
                + ":6:1: Message \"acme.messaging.v1.Room\" is used by no event, neither named in"
                + " an event's schema nor reachable through the fields of one; use it, or delete"
                + " it."),
        catalog.findings("MESSAGE_NO_UNUSED"));
  }
}
