package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnumValueSameNameTest {

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

  static final String RENAMED = BEFORE.replace("CHANNEL_WEB", "CHANNEL_BROWSER");

  @Test
  void renamingAValueBreaksJson() {
    assertEquals(
        List.of(
            "5:3: Enum value \"1\" on enum \"Channel\" changed name from \"CHANNEL_WEB\" to"
                + " \"CHANNEL_BROWSER\"."),
        SchemaChange.in(dir).encoding("json").findings("ENUM_VALUE_SAME_NAME", BEFORE, RENAMED));
  }

  @Test
  void renamingAValueIsSafeOnTheBinaryWire() {
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(BEFORE, RENAMED));
  }

  @Test
  void anAliasAddedForANumberCountsAsARenameAsInBuf() {
    String aliased =
        BEFORE
            .replace("enum Channel {", "enum Channel {\n  option allow_alias = true;")
            .replace("CHANNEL_WEB = 1;", "CHANNEL_WEB = 1;\n  CHANNEL_BROWSER = 1;");
    assertEquals(
        List.of("ENUM_VALUE_SAME_NAME@7"),
        SchemaChange.in(dir).encoding("json").rules(BEFORE, aliased));
  }
}
