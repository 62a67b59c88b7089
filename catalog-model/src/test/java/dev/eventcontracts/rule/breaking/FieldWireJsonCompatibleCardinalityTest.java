package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldWireJsonCompatibleCardinalityTest {

  @TempDir Path dir;

  @Test
  void aValueBecomingAnArrayBreaksJsonReadersBothWays() {
    String before = FieldWireCompatibleCardinalityTest.proto("");
    String after = FieldWireCompatibleCardinalityTest.proto("repeated");
    assertEquals(
        List.of(
            "4:3: Field \"1\" with name \"quantity\" on message \"Order\" changed cardinality"
                + " from \"optional\" to \"repeated\"."),
        SchemaChange.in(dir)
            .encoding("json")
            .findings("FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY", before, after));
  }

  @Test
  void explicitPresenceKeepsTheJsonShape() {
    assertEquals(
        List.of(),
        SchemaChange.in(dir)
            .encoding("json")
            .mode("FULL")
            .rules(
                FieldWireCompatibleCardinalityTest.proto(""),
                FieldWireCompatibleCardinalityTest.proto("optional")));
  }
}
