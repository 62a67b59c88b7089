package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageLowerSnakeCaseTest {

  @TempDir Path dir;

  private TestCatalog withPackage(String packageName) {
    return TestCatalog.in(dir)
        .write(
            "schemas/" + packageName.replace('.', '/') + "/room.proto",
            """
            syntax = "proto3";

            package %s;

            // A chat room.
            message Room {}
            """
                .formatted(packageName));
  }

  @Test
  void silentOnLowerSnakeCaseComponents() {
    assertEquals(List.of(), withPackage("acme.chat_rooms.v1").findings("PACKAGE_LOWER_SNAKE_CASE"));
  }

  @Test
  void firesOnAComponentInAnotherCaseWithTheSnakeCaseName() {
    assertEquals(
        List.of(
            "schemas/Acme/chatRooms/v1/room.proto:3:1: Package name \"Acme.chatRooms.v1\" should"
                + " be lower_snake_case, such as \"acme.chat_rooms.v1\"."),
        withPackage("Acme.chatRooms.v1").findings("PACKAGE_LOWER_SNAKE_CASE"));
  }
}
