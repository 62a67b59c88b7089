package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLowerSnakeCaseTest {

  private static final String ROOM =
      """
      syntax = "proto3";

      package acme.messaging.v1;

      // A chat room.
      message Room {}
      """;

  @TempDir Path dir;

  @Test
  void silentOnLowerSnakeCaseFileNames() {
    TestCatalog catalog =
        TestCatalog.in(dir).write("schemas/acme/messaging/v1/room_v2.proto", ROOM);
    assertEquals(List.of(), catalog.findings("FILE_LOWER_SNAKE_CASE"));
  }

  @Test
  void firesAtTheSyntaxStatementWithTheSnakeCaseName() {
    TestCatalog catalog =
        TestCatalog.in(dir).write("schemas/acme/messaging/v1/ChatRoom.proto", ROOM);
    assertEquals(
        List.of(
            "schemas/acme/messaging/v1/ChatRoom.proto:1:1: File name \"ChatRoom.proto\" should be"
                + " lower_snake_case, such as \"chat_room.proto\"."),
        catalog.findings("FILE_LOWER_SNAKE_CASE"));
  }
}
