package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentMessageTest {

  private static final String ROOM = "schemas/acme/messaging/v1/room.proto";

  @TempDir Path dir;

  @Test
  void silentOnTheCleanCatalog() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("COMMENT_MESSAGE"));
  }

  @Test
  void firesOnMessagesWithoutCommentAnEmptyOneOrOnlyAnIgnoreDirective() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                ROOM,
                """
                syntax = "proto3";

                package acme.messaging.v1;

                message Room {
                  //
                  message Member {}
                  // catalog:ignore MESSAGE_NO_UNUSED
                  message Guest {}
                  // A ban on a member.
                  message Ban {}
                }
                """);
    assertEquals(
        List.of(
            ROOM
                + ":5:1: Message \"acme.messaging.v1.Room\" should have a non-empty comment for"
                + " documentation; write on the line above it what it represents.",
            ROOM
                + ":7:3: Message \"acme.messaging.v1.Room.Member\" should have a non-empty comment"
                + " for documentation; write on the line above it what it represents.",
            ROOM
                + ":9:3: Message \"acme.messaging.v1.Room.Guest\" should have a non-empty comment"
                + " for documentation; write on the line above it what it represents."),
        catalog.findings("COMMENT_MESSAGE"));
  }

  @Test
  void anIgnoreCommentNamingTheRuleSilencesIt() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                ROOM,
                """
                syntax = "proto3";

                package acme.messaging.v1;

                // catalog:ignore COMMENT_MESSAGE
                message Room {}
                """);
    assertEquals(List.of(), catalog.findings("COMMENT_MESSAGE"));
  }
}
