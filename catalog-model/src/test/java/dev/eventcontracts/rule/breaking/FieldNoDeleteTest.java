package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldNoDeleteTest {

  @TempDir Path dir;

  static final String BEFORE =
      """
      syntax = "proto3";
      package acme.test.v1;
      message MessageSent {
        string conversation_id = 1;
        string body = 4;
      }
      """;

  @Test
  void deletingAFieldWithoutReservingItsNumberBreaks() {
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        message MessageSent {
          string conversation_id = 1;
        }
        """;
    assertEquals(
        List.of(
            "3:1: Previously present field \"4\" with name \"body\" on message \"MessageSent\""
                + " was deleted without reserving the number \"4\"."),
        SchemaChange.in(dir).findings("FIELD_NO_DELETE", BEFORE, after));
  }

  @Test
  void reservingTheNumberIsEnoughOnTheBinaryWire() {
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        message MessageSent {
          reserved 4;
          string conversation_id = 1;
        }
        """;
    assertEquals(List.of(), SchemaChange.in(dir).rules(BEFORE, after));
  }

  @Test
  void jsonAlsoNeedsTheNameReserved() {
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        message MessageSent {
          reserved 4;
          string conversation_id = 1;
        }
        """;
    assertEquals(
        List.of(
            "3:1: Previously present field \"4\" with name \"body\" on message \"MessageSent\""
                + " was deleted without reserving the name \"body\"."),
        SchemaChange.in(dir).encoding("json").findings("FIELD_NO_DELETE", BEFORE, after));
  }

  @Test
  void reservingNumberAndNameIsSafeInJson() {
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        message MessageSent {
          reserved 4;
          reserved "body";
          string conversation_id = 1;
        }
        """;
    assertEquals(List.of(), SchemaChange.in(dir).encoding("json").rules(BEFORE, after));
  }

  @Test
  void deletionBreaksEveryModeButNone() {
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        message MessageSent {
          string conversation_id = 1;
        }
        """;
    assertEquals(
        List.of("FIELD_NO_DELETE@3"), SchemaChange.in(dir).mode("FORWARD").rules(BEFORE, after));
    assertEquals(List.of(), SchemaChange.in(dir).mode("NONE").rules(BEFORE, after));
  }
}
