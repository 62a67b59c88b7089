package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldSameJsonNameTest {

  @TempDir Path dir;

  static final String BEFORE =
      """
      syntax = "proto3";
      package acme.test.v1;
      message MessageSent {
        string conversation_id = 1;
      }
      """;

  @Test
  void changingTheJsonNameBreaksJson() {
    String after = BEFORE.replace("= 1;", "= 1 [json_name = \"conversation\"];");
    assertEquals(
        List.of(
            "4:3: Field \"1\" with name \"conversation_id\" on message \"MessageSent\" changed"
                + " option \"json_name\" from \"conversationId\" to \"conversation\"."),
        SchemaChange.in(dir).encoding("json").findings("FIELD_SAME_JSON_NAME", BEFORE, after));
    assertEquals(List.of(), SchemaChange.in(dir).rules(BEFORE, after));
  }

  @Test
  void spellingOutTheDefaultJsonNameIsSafe() {
    String after = BEFORE.replace("= 1;", "= 1 [json_name = \"conversationId\"];");
    assertEquals(
        List.of(), SchemaChange.in(dir).encoding("json").mode("FULL").rules(BEFORE, after));
  }
}
