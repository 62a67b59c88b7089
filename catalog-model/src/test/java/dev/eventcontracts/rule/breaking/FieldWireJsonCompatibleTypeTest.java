package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldWireJsonCompatibleTypeTest {

  @TempDir Path dir;

  static String proto(String type) {
    return FieldWireCompatibleTypeTest.proto(type);
  }

  /** Same binary encoding and same JSON form: silent. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"int32, uint32", "int64, uint64", "fixed32, sfixed32", "fixed64, sfixed64"})
  void sameJsonFormIsSafe(String before, String after) {
    assertEquals(
        List.of(),
        SchemaChange.in(dir).encoding("json").mode("FULL").rules(proto(before), proto(after)));
  }

  /**
   * Wire-compatible, but the JSON differs: 64-bit integers are strings, 32-bit ones numbers, bool
   * true/false, bytes base64.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "int32, int64",
    "uint64, uint32",
    "bool, int32",
    "sint32, sint64",
    "string, bytes",
    "bytes, string"
  })
  void jsonFormChangesBreak(String before, String after) {
    assertEquals(
        List.of("FIELD_WIRE_JSON_COMPATIBLE_TYPE@4"),
        SchemaChange.in(dir).encoding("json").rules(proto(before), proto(after)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"int32, int64", "uint64, uint32", "bool, int32", "sint32, sint64"})
  void theSameChangesReadFineInBinary(String before, String after) {
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(proto(before), proto(after)));
  }
}
