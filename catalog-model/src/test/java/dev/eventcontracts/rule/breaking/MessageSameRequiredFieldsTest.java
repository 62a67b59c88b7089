package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageSameRequiredFieldsTest {

  @TempDir Path dir;

  static final String BEFORE =
      """
      syntax = "proto2";
      package acme.test.v1;
      message Order {
        required string id = 1;
      }
      """;

  static final String ADDED =
      """
      syntax = "proto2";
      package acme.test.v1;
      message Order {
        required string id = 1;
        required int32 quantity = 2;
      }
      """;

  static final String REMOVED =
      """
      syntax = "proto2";
      package acme.test.v1;
      message Order {
        optional string id = 1;
      }
      """;

  @Test
  void addingARequiredFieldBreaksNewReadersOfOldData() {
    assertEquals(
        List.of(
            "5:3: Message \"Order\" gained required field \"2\" with name \"quantity\" (added); new"
                + " readers refuse data written without it."),
        SchemaChange.in(dir).findings("MESSAGE_SAME_REQUIRED_FIELDS", BEFORE, ADDED));
    assertEquals(List.of(), SchemaChange.in(dir).mode("FORWARD").rules(BEFORE, ADDED));
  }

  @Test
  void removingARequiredFieldBreaksOldReadersOfNewData() {
    assertEquals(List.of(), SchemaChange.in(dir).mode("BACKWARD").rules(BEFORE, REMOVED));
    assertEquals(
        List.of(
            "4:3: Message \"Order\" had required field \"1\" with name \"id\" made optional; old"
                + " readers refuse data without it."),
        SchemaChange.in(dir)
            .mode("FORWARD")
            .findings("MESSAGE_SAME_REQUIRED_FIELDS", BEFORE, REMOVED));
  }

  @Test
  void addingAnOptionalFieldIsSafeBothWays() {
    assertEquals(
        List.of(),
        SchemaChange.in(dir)
            .mode("FULL")
            .rules(BEFORE, ADDED.replace("required int32", "optional int32")));
  }
}
