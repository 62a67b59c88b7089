package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldWireCompatibleTypeTest {

  @TempDir Path dir;

  static String proto(String type) {
    return """
        syntax = "proto3";
        package acme.test.v1;
        message Payment {
          %s amount = 1;
        }
        """
        .formatted(type);
  }

  /** Types whose binary encodings read each other: silent in every mode. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "int32, int64",
    "int64, int32",
    "int32, uint32",
    "uint64, bool",
    "bool, int32",
    "sint32, sint64",
    "fixed32, sfixed32",
    "fixed64, sfixed64",
    "int32, int32",
  })
  void wireCompatibleTypesAreSafe(String before, String after) {
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(proto(before), proto(after)));
  }

  /** Different encodings (varint, zigzag, fixed width, length-delimited) break both ways. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "int32, sint32",
    "int32, string",
    "int64, fixed64",
    "fixed32, fixed64",
    "float, double",
    "sfixed32, int32",
    "int32, acme.test.v1.Payment",
  })
  void wireIncompatibleTypesBreak(String before, String after) {
    assertEquals(
        List.of("FIELD_WIRE_COMPATIBLE_TYPE@4"),
        SchemaChange.in(dir).rules(proto(before), proto(after)));
  }

  @ParameterizedTest(name = "string -> bytes under {0}: {1}")
  @CsvSource({
    "BACKWARD, -",
    "FORWARD, FIELD_WIRE_COMPATIBLE_TYPE@4",
    "FULL, FIELD_WIRE_COMPATIBLE_TYPE@4"
  })
  void stringToBytesBreaksOnlyOldReadersOfNewData(String mode, String findings) {
    assertEquals(
        findings.equals("-") ? List.of() : List.of(findings.split(" ")),
        SchemaChange.in(dir).mode(mode).rules(proto("string"), proto("bytes")));
  }

  @ParameterizedTest(name = "bytes -> string under {0}: {1}")
  @CsvSource({
    "BACKWARD, FIELD_WIRE_COMPATIBLE_TYPE@4",
    "FORWARD, -",
    "FULL, FIELD_WIRE_COMPATIBLE_TYPE@4"
  })
  void bytesToStringBreaksNewReadersOfOldData(String mode, String findings) {
    assertEquals(
        findings.equals("-") ? List.of() : List.of(findings.split(" ")),
        SchemaChange.in(dir).mode(mode).rules(proto("bytes"), proto("string")));
  }

  @org.junit.jupiter.api.Test
  void messageNamesTheTypes() {
    assertEquals(
        List.of(
            "4:3: Field \"1\" with name \"amount\" on message \"Payment\" changed type from"
                + " \"int32\" to \"string\"."),
        SchemaChange.in(dir)
            .findings("FIELD_WIRE_COMPATIBLE_TYPE", proto("int32"), proto("string")));
  }

  @org.junit.jupiter.api.Test
  void mapValueTypesAreComparedLikeFields() {
    String before =
        """
        syntax = "proto3";
        package acme.test.v1;
        message Payment {
          map<string, int32> amounts = 1;
        }
        """;
    assertEquals(
        List.of(),
        SchemaChange.in(dir).rules(before, before.replace("int32> amounts", "int64> amounts")));
    assertEquals(
        List.of("FIELD_WIRE_COMPATIBLE_TYPE@4"),
        SchemaChange.in(dir).rules(before, before.replace("int32> amounts", "string> amounts")));
  }

  @org.junit.jupiter.api.Test
  void anotherMessageTypeBreaksEvenWithTheSameShape() {
    String before =
        """
        syntax = "proto3";
        package acme.test.v1;
        message Money {
          int64 units = 1;
        }
        message Price {
          int64 units = 1;
        }
        message Payment {
          Money amount = 1;
        }
        """;
    assertEquals(
        List.of("FIELD_WIRE_COMPATIBLE_TYPE@10"),
        SchemaChange.in(dir).rules(before, before.replace("  Money amount", "  Price amount")));
  }

  @org.junit.jupiter.api.Test
  void anEnumMovedWithEveryValueKeptIsTheSameEnum() {
    String before =
        """
        syntax = "proto3";
        package acme.test.v1;
        enum Channel {
          CHANNEL_UNSPECIFIED = 0;
        }
        message Payment {
          Channel channel = 1;
        }
        """;
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        enum Channel {
          CHANNEL_UNSPECIFIED = 0;
        }
        message Payment {
          Payment.Channel channel = 1;
          enum Channel {
            CHANNEL_UNSPECIFIED = 0;
            CHANNEL_WEB = 1;
          }
        }
        """;
    assertEquals(List.of(), SchemaChange.in(dir).rules(before, after));
  }

  @org.junit.jupiter.api.Test
  void aMapIsItsRepeatedEntryMessageOnTheWireButNotInJson() {
    String map =
        """
        syntax = "proto3";
        package acme.test.v1;
        message Payment {
          map<string, int64> amounts = 1;
        }
        """;
    String entries =
        """
        syntax = "proto3";
        package acme.test.v1;
        message Payment {
          repeated AmountsEntry amounts = 1;
          message AmountsEntry {
            string key = 1;
            int64 value = 2;
          }
        }
        """;
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(map, entries));
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(entries, map));
    assertEquals(
        List.of("FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY@4"),
        SchemaChange.in(dir).encoding("json").rules(map, entries));
    assertEquals(
        List.of("FIELD_WIRE_COMPATIBLE_TYPE@4"),
        SchemaChange.in(dir).rules(map, entries.replace("int64 value", "string value")));
  }
}
