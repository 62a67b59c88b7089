package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagePascalCaseTest {

  private static final String ROOM = "schemas/acme/messaging/v1/room.proto";

  @TempDir Path dir;

  @Test
  void silentOnPascalCaseMessagesAndAcronyms() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                ROOM,
                """
                syntax = "proto3";

                package acme.messaging.v1;

                // A chat room.
                message Room {
                  // Where the room was opened from.
                  message HTTPOrigin {}
                }

                // Version 2 of a room.
                message RoomV2 {}
                """);
    assertEquals(List.of(), catalog.findings("MESSAGE_PASCAL_CASE"));
  }

  @Test
  void firesOnMessagesThatAreNotPascalCaseNestedOnesIncluded() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                ROOM,
                """
                syntax = "proto3";

                package acme.messaging.v1;

                // A chat room.
                message chat_room {
                  // A member.
                  message member {}
                }

                // Opened.
                message ROOM_OPENED {}
                """);
    assertEquals(
        List.of(
            ROOM + ":6:1: Message name \"chat_room\" should be PascalCase, such as \"ChatRoom\".",
            ROOM + ":8:3: Message name \"member\" should be PascalCase, such as \"Member\".",
            ROOM
                + ":12:1: Message name \"ROOM_OPENED\" should be PascalCase, such as"
                + " \"RoomOpened\"."),
        catalog.findings("MESSAGE_PASCAL_CASE"));
  }
}
