package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldSameDefaultTest {

  @TempDir Path dir;

  static String proto(String option) {
    return """
        syntax = "proto2";
        package acme.test.v1;
        message Order {
          optional int32 quantity = 1%s;
        }
        """
        .formatted(option);
  }

  @Test
  void changingADefaultBreaks() {
    assertEquals(
        List.of(
            "4:3: Field \"1\" with name \"quantity\" on message \"Order\" changed default value"
                + " from \"1\" to \"2\"."),
        SchemaChange.in(dir)
            .findings("FIELD_SAME_DEFAULT", proto(" [default = 1]"), proto(" [default = 2]")));
  }

  @Test
  void writingOutTheZeroDefaultIsSafe() {
    assertEquals(
        List.of(), SchemaChange.in(dir).mode("FULL").rules(proto(""), proto(" [default = 0]")));
  }

  @Test
  void anEnumDefaultsToItsFirstValue() {
    String before =
        """
        syntax = "proto2";
        package acme.test.v1;
        enum Size {
          SIZE_SMALL = 1;
          SIZE_LARGE = 2;
        }
        message Order {
          optional Size size = 1;
        }
        """;
    assertEquals(
        List.of(),
        SchemaChange.in(dir)
            .mode("FULL")
            .rules(before, before.replace("size = 1;", "size = 1 [default = SIZE_SMALL];")));
    assertEquals(
        List.of("FIELD_SAME_DEFAULT@8"),
        SchemaChange.in(dir)
            .rules(before, before.replace("size = 1;", "size = 1 [default = SIZE_LARGE];")));
  }
}
