package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldLowerSnakeCaseTest {

  private static final String ROOM = "schemas/acme/messaging/v1/room.proto";

  @TempDir Path dir;

  @Test
  void silentOnLowerSnakeCaseFields() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                ROOM,
                """
                syntax = "proto3";

                package acme.messaging.v1;

                // A chat room.
                message Room {
                  // First line of the address.
                  string address1 = 1;
                  // Identifier of the room in the v2 API.
                  string v2_room_id = 2;
                }
                """);
    assertEquals(List.of(), catalog.findings("FIELD_LOWER_SNAKE_CASE"));
  }

  @Test
  void firesOnEveryOtherSpellingWithTheSnakeCaseName() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                ROOM,
                """
                syntax = "proto3";

                package acme.messaging.v1;

                // A chat room.
                message Room {
                  // The room.
                  string roomId = 1;
                  // The owner.
                  string OwnerID = 2;
                  // The topic.
                  string room__topic = 3;
                  // How the room is reached.
                  oneof address {
                    // By URL.
                    string publicURL = 4;
                  }
                  // A member.
                  message Member {
                    // The display name.
                    string display_Name = 1;
                  }
                }
                """);
    assertEquals(
        List.of(
            ROOM + ":8:3: Field name \"roomId\" should be lower_snake_case, such as \"room_id\".",
            ROOM
                + ":10:3: Field name \"OwnerID\" should be lower_snake_case, such as \"owner_id\".",
            ROOM
                + ":12:3: Field name \"room__topic\" should be lower_snake_case, such as"
                + " \"room_topic\".",
            ROOM
                + ":16:5: Field name \"publicURL\" should be lower_snake_case, such as"
                + " \"public_url\".",
            ROOM
                + ":21:5: Field name \"display_Name\" should be lower_snake_case, such as"
                + " \"display_name\"."),
        catalog.findings("FIELD_LOWER_SNAKE_CASE"));
  }
}
