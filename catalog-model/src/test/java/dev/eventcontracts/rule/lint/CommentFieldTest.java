package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentFieldTest {

  private static final String ROOM = "schemas/acme/messaging/v1/room.proto";
  private static final String OPTIONS = "schemas/acme/options/v1/options.proto";

  @TempDir Path dir;

  @Test
  void silentOnTheCleanCatalog() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("COMMENT_FIELD"));
  }

  @Test
  void firesOnUndocumentedFieldsAndAcceptsATrailingComment() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                ROOM,
                """
                syntax = "proto3";

                package acme.messaging.v1;

                // A chat room.
                message Room {
                  string name = 1;
                  // catalog:ignore FIELD_STANDARD_NAME
                  string tenant = 2;
                  string topic = 3; // What the room is about.
                  // The ids of the members.
                  repeated string member_ids = 4;
                  // How the room is reached.
                  oneof address {
                    string url = 5;
                  }
                }
                """);
    assertEquals(
        List.of(
            ROOM
                + ":7:3: Field \"name\" on message \"acme.messaging.v1.Room\" should have a"
                + " non-empty comment for documentation; write on the line above it what it"
                + " holds.",
            ROOM
                + ":9:3: Field \"tenant\" on message \"acme.messaging.v1.Room\" should have a"
                + " non-empty comment for documentation; write on the line above it what it"
                + " holds.",
            ROOM
                + ":15:5: Field \"url\" on message \"acme.messaging.v1.Room\" should have a"
                + " non-empty comment for documentation; write on the line above it what it"
                + " holds."),
        catalog.findings("COMMENT_FIELD"));
  }

  @Test
  void firesOnAnUndocumentedCustomOption() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                OPTIONS,
                """
                syntax = "proto3";

                package acme.options.v1;

                import "google/protobuf/descriptor.proto";

                // Options for payload fields.
                extend google.protobuf.FieldOptions {
                  string sensitivity = 50001;
                }
                """);
    assertEquals(
        List.of(
            OPTIONS
                + ":9:3: Extension \"acme.options.v1.sensitivity\" should have a non-empty comment"
                + " for documentation; write on the line above it what it holds."),
        catalog.findings("COMMENT_FIELD"));
  }
}
