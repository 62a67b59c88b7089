package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnumValueNoDeleteTest {

  @TempDir Path dir;

  static final String BEFORE =
      """
      syntax = "proto3";
      package acme.test.v1;
      enum Channel {
        CHANNEL_UNSPECIFIED = 0;
        CHANNEL_WEB = 1;
      }
      """;

  static final String DELETED =
      """
      syntax = "proto3";
      package acme.test.v1;
      enum Channel {
        CHANNEL_UNSPECIFIED = 0;
      }
      """;

  static final String NUMBER_RESERVED =
      """
      syntax = "proto3";
      package acme.test.v1;
      enum Channel {
        reserved 1;
        CHANNEL_UNSPECIFIED = 0;
      }
      """;

  @Test
  void deletingAValueWithoutReservingItsNumberBreaks() {
    assertEquals(
        List.of(
            "3:1: Previously present enum value \"1\" with name \"CHANNEL_WEB\" on enum"
                + " \"Channel\" was deleted without reserving the number \"1\"."),
        SchemaChange.in(dir).findings("ENUM_VALUE_NO_DELETE", BEFORE, DELETED));
  }

  @Test
  void reservingTheNumberIsSafeOnTheBinaryWire() {
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(BEFORE, NUMBER_RESERVED));
  }

  @Test
  void jsonCarriesTheNameSoItMustBeReservedToo() {
    assertEquals(
        List.of(
            "3:1: Previously present enum value \"1\" with name \"CHANNEL_WEB\" on enum"
                + " \"Channel\" was deleted without reserving the name \"CHANNEL_WEB\"."),
        SchemaChange.in(dir)
            .encoding("json")
            .findings("ENUM_VALUE_NO_DELETE", BEFORE, NUMBER_RESERVED));
    String both =
        NUMBER_RESERVED.replace("reserved 1;", "reserved 1;\n  reserved \"CHANNEL_WEB\";");
    assertEquals(List.of(), SchemaChange.in(dir).encoding("json").rules(BEFORE, both));
  }

  @Test
  void noneChecksNothing() {
    assertEquals(List.of(), SchemaChange.in(dir).mode("NONE").rules(BEFORE, DELETED));
  }
}
