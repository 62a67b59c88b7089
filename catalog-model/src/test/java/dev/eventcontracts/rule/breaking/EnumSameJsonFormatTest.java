package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnumSameJsonFormatTest {

  @TempDir Path dir;

  static final String PROTO3 = EnumSameTypeTest.proto("proto3");
  static final String PROTO2 = EnumSameTypeTest.proto("proto2");

  @Test
  void anEnumMovedToProto2StopsPromisingAJsonMapping() {
    assertEquals(
        List.of(
            "3:1: Enum \"Channel\" changed json_format from \"ALLOW\" to \"LEGACY_BEST_EFFORT\""
                + " and no longer promises a JSON mapping; keep it proto3."),
        SchemaChange.in(dir)
            .encoding("json")
            .mode("FORWARD")
            .findings("ENUM_SAME_JSON_FORMAT", PROTO3, PROTO2));
  }

  @Test
  void gainingTheJsonMappingIsSafe() {
    assertEquals(
        List.of(),
        SchemaChange.in(dir)
            .encoding("json")
            .mode("FULL")
            .findings("ENUM_SAME_JSON_FORMAT", PROTO2, PROTO3));
  }

  @Test
  void protobufEventsDoNotUseTheJsonMapping() {
    assertEquals(
        List.of(),
        SchemaChange.in(dir).mode("FULL").findings("ENUM_SAME_JSON_FORMAT", PROTO3, PROTO2));
  }

  @Test
  void underNoneNothingIsChecked() {
    assertEquals(
        List.of(),
        SchemaChange.in(dir)
            .encoding("json")
            .mode("NONE")
            .findings("ENUM_SAME_JSON_FORMAT", PROTO3, PROTO2));
  }
}
