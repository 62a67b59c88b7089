package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldSameNameTest {

  @TempDir Path dir;

  static final String BEFORE =
      """
      syntax = "proto3";
      package acme.test.v1;
      message MessageSent {
        string body = 4;
      }
      """;

  static final String RENAMED = BEFORE.replace("body", "text");

  @Test
  void renameIsSafeOnTheBinaryWire() {
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(BEFORE, RENAMED));
  }

  @Test
  void renameBreaksJsonInBothDirections() {
    assertEquals(
        List.of(
            "4:3: Field \"4\" on message \"MessageSent\" changed name from \"body\" to"
                + " \"text\"."),
        SchemaChange.in(dir).encoding("json").findings("FIELD_SAME_NAME", BEFORE, RENAMED));
    assertEquals(
        List.of("FIELD_SAME_NAME@4"),
        SchemaChange.in(dir).encoding("json").mode("FORWARD").rules(BEFORE, RENAMED));
  }
}
