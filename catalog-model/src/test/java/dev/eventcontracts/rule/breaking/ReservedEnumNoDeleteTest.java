package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReservedEnumNoDeleteTest {

  @TempDir Path dir;

  static final String BEFORE =
      """
      syntax = "proto3";
      package acme.test.v1;
      enum Channel {
        reserved 2 to 5;
        reserved "CHANNEL_SMS";
        CHANNEL_UNSPECIFIED = 0;
      }
      """;

  @Test
  void reusingAReservedEnumNumberBreaks() {
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        enum Channel {
          reserved 3 to 5;
          reserved "CHANNEL_SMS";
          CHANNEL_UNSPECIFIED = 0;
          CHANNEL_FAX = 2;
        }
        """;
    assertEquals(
        List.of(
            "3:1: Previously reserved numbers [2] on enum \"Channel\" are no longer reserved and"
                + " a value reuses one of them."),
        SchemaChange.in(dir).findings("RESERVED_ENUM_NO_DELETE", BEFORE, after));
  }

  @Test
  void keepingTheReservationsIsSafe() {
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        enum Channel {
          reserved 2 to 5, 9;
          reserved "CHANNEL_SMS";
          CHANNEL_UNSPECIFIED = 0;
          CHANNEL_WEB = 6;
        }
        """;
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(BEFORE, after));
  }
}
