package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldNumberNoReuseTest {

  @TempDir Path dir;

  static final String BEFORE =
      """
      syntax = "proto3";
      package acme.test.v1;
      message MessageSent {
        reserved 4;
        reserved "body";
        string conversation_id = 1;
      }
      """;

  @Test
  void aNewFieldOnAReservedNumberBreaks() {
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        message MessageSent {
          reserved "body";
          string conversation_id = 1;
          int64 size = 4;
        }
        """;
    assertEquals(
        List.of(
            "6:3: Field \"4\" with name \"size\" on message \"MessageSent\" reuses the reserved"
                + " number \"4\"; data written under it before may still be read. Use a new"
                + " number."),
        SchemaChange.in(dir).findings("FIELD_NUMBER_NO_REUSE", BEFORE, after));
    assertEquals(List.of("FIELD_NUMBER_NO_REUSE@6"), SchemaChange.in(dir).rules(BEFORE, after));
  }

  @Test
  void aNewFieldOnAFreshNumberIsSafe() {
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        message MessageSent {
          reserved 4;
          reserved "body";
          string conversation_id = 1;
          int64 size = 5;
        }
        """;
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(BEFORE, after));
  }

  @Test
  void inJsonAReservedNameIsNotReusedEither() {
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        message MessageSent {
          reserved 4;
          string conversation_id = 1;
          bytes body = 5;
        }
        """;
    assertEquals(
        List.of("FIELD_NUMBER_NO_REUSE@6"),
        SchemaChange.in(dir).encoding("json").rules(BEFORE, after));
    assertEquals(List.of(), SchemaChange.in(dir).rules(BEFORE, after));
  }
}
