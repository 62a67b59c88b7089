package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldSameOneofTest {

  @TempDir Path dir;

  static final String OUTSIDE =
      """
      syntax = "proto3";
      package acme.test.v1;
      message Contact {
        string email = 1;
        string phone = 2;
      }
      """;

  static final String INSIDE =
      """
      syntax = "proto3";
      package acme.test.v1;
      message Contact {
        oneof channel {
          string email = 1;
          string phone = 2;
        }
      }
      """;

  @Test
  void movingIntoAOneofLosesValuesOfOldData() {
    assertEquals(
        List.of(
            "5:5: Field \"1\" with name \"email\" on message \"Contact\" moved from outside to"
                + " inside oneof \"channel\".",
            "6:5: Field \"2\" with name \"phone\" on message \"Contact\" moved from outside to"
                + " inside oneof \"channel\"."),
        SchemaChange.in(dir).findings("FIELD_SAME_ONEOF", OUTSIDE, INSIDE));
    assertEquals(List.of(), SchemaChange.in(dir).mode("FORWARD").rules(OUTSIDE, INSIDE));
  }

  @Test
  void movingOutOfAOneofBreaksOldReaders() {
    assertEquals(List.of(), SchemaChange.in(dir).mode("BACKWARD").rules(INSIDE, OUTSIDE));
    assertEquals(
        List.of("FIELD_SAME_ONEOF@4", "FIELD_SAME_ONEOF@5"),
        SchemaChange.in(dir).mode("FORWARD").rules(INSIDE, OUTSIDE));
  }

  @Test
  void anyChangeOfOneofCountsEvenForALoneFieldAsInBuf() {
    String lone =
        """
        syntax = "proto3";
        package acme.test.v1;
        message Contact {
          oneof channel {
            string email = 1;
          }
          string phone = 2;
        }
        """;
    assertEquals(List.of("FIELD_SAME_ONEOF@5"), SchemaChange.in(dir).rules(OUTSIDE, lone));
    assertEquals(
        List.of("FIELD_SAME_ONEOF@5", "FIELD_SAME_ONEOF@6"),
        SchemaChange.in(dir).rules(INSIDE, INSIDE.replace("channel", "reach")));
  }

  @Test
  void addingANewFieldToAOneofIsSafe() {
    String grown = INSIDE.replace("string phone = 2;", "string phone = 2;\n    string fax = 3;");
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(INSIDE, grown));
  }
}
