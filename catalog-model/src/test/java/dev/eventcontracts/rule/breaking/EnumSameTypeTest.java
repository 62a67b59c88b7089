package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnumSameTypeTest {

  @TempDir Path dir;

  static String proto(String syntax) {
    return """
        syntax = "%s";
        package acme.test.v1;
        enum Channel {
          CHANNEL_UNSPECIFIED = 0;
        }
        """
        .formatted(syntax);
  }

  @Test
  void movingAnEnumFromProto2ToProto3OpensIt() {
    assertEquals(
        List.of("3:1: Enum \"Channel\" changed from closed to open."),
        SchemaChange.in(dir).findings("ENUM_SAME_TYPE", proto("proto2"), proto("proto3")));
  }

  @Test
  void keepingTheSyntaxIsSafe() {
    assertEquals(
        List.of(), SchemaChange.in(dir).mode("FULL").rules(proto("proto2"), proto("proto2")));
  }
}
