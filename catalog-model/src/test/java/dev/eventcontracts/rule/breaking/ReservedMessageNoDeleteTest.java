package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReservedMessageNoDeleteTest {

  @TempDir Path dir;

  static final String BEFORE =
      """
      syntax = "proto3";
      package acme.test.v1;
      message MessageSent {
        reserved 4, 10 to 20;
        reserved "body";
        string conversation_id = 1;
      }
      """;

  @Test
  void shrinkingAReservedRangeBreaks() {
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        message MessageSent {
          reserved 4, 12 to 18;
          reserved "body";
          string conversation_id = 1;
        }
        """;
    assertEquals(
        List.of(
            "3:1: Previously reserved numbers [10,11], [19,20] on message \"MessageSent\" are no"
                + " longer reserved."),
        SchemaChange.in(dir).findings("RESERVED_MESSAGE_NO_DELETE", BEFORE, after));
  }

  @Test
  void droppingAReservedNameBreaks() {
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        message MessageSent {
          reserved 4, 10 to 20;
          string conversation_id = 1;
        }
        """;
    assertEquals(
        List.of(
            "3:1: Previously reserved name \"body\" on message \"MessageSent\" is no longer"
                + " reserved."),
        SchemaChange.in(dir).findings("RESERVED_MESSAGE_NO_DELETE", BEFORE, after));
  }

  @Test
  void rewritingTheSameReservationsDifferentlyIsSafe() {
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        message MessageSent {
          reserved 10 to 15;
          reserved 4, 16 to 30;
          reserved "body", "title";
          string conversation_id = 1;
        }
        """;
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(BEFORE, after));
  }
}
