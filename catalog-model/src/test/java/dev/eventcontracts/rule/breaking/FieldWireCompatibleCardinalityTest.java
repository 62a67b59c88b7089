package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldWireCompatibleCardinalityTest {

  @TempDir Path dir;

  static String proto(String label) {
    return """
        syntax = "proto3";
        package acme.test.v1;
        message Order {
          %sint32 quantity = 1;
        }
        """
        .formatted(label.isEmpty() ? "" : label + " ");
  }

  @ParameterizedTest(name = "singular -> repeated under {0}: {1}")
  @CsvSource({
    "BACKWARD, -",
    "FORWARD, FIELD_WIRE_COMPATIBLE_CARDINALITY@4",
    "FULL, FIELD_WIRE_COMPATIBLE_CARDINALITY@4"
  })
  void singularToRepeatedBreaksOldReaders(String mode, String findings) {
    assertEquals(
        findings.equals("-") ? List.of() : List.of(findings.split(" ")),
        SchemaChange.in(dir).mode(mode).rules(proto(""), proto("repeated")));
  }

  @ParameterizedTest(name = "repeated -> singular under {0}: {1}")
  @CsvSource({
    "BACKWARD, FIELD_WIRE_COMPATIBLE_CARDINALITY@4",
    "FORWARD, -",
    "FULL, FIELD_WIRE_COMPATIBLE_CARDINALITY@4"
  })
  void repeatedToSingularBreaksNewReaders(String mode, String findings) {
    assertEquals(
        findings.equals("-") ? List.of() : List.of(findings.split(" ")),
        SchemaChange.in(dir).mode(mode).rules(proto("repeated"), proto("")));
  }

  @Test
  void messageNamesBothCardinalities() {
    assertEquals(
        List.of(
            "4:3: Field \"1\" with name \"quantity\" on message \"Order\" changed cardinality"
                + " from \"repeated\" to \"optional\"."),
        SchemaChange.in(dir)
            .findings("FIELD_WIRE_COMPATIBLE_CARDINALITY", proto("repeated"), proto("")));
  }

  @Test
  void explicitPresenceAndPackingDoNotMatterOnTheWire() {
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(proto(""), proto("optional")));
    String packed = proto("repeated").replace("= 1;", "= 1 [packed = false];");
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(proto("repeated"), packed));
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(packed, proto("repeated")));
  }
}
