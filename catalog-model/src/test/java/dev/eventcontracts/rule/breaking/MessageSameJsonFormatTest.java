package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageSameJsonFormatTest {

  @TempDir Path dir;

  static String proto(String syntax, String label) {
    return """
        syntax = "%s";
        package acme.test.v1;
        message MessageSent {
          %sstring body = 1;
        }
        """
        .formatted(syntax, label);
  }

  static final String PROTO3 = proto("proto3", "");
  static final String PROTO2 = proto("proto2", "optional ");

  @Test
  void aMessageMovedToProto2StopsPromisingAJsonMapping() {
    assertEquals(
        List.of(
            "3:1: Message \"MessageSent\" changed json_format from \"ALLOW\" to"
                + " \"LEGACY_BEST_EFFORT\" and no longer promises a JSON mapping; keep it proto3."),
        SchemaChange.in(dir).encoding("json").findings("MESSAGE_SAME_JSON_FORMAT", PROTO3, PROTO2));
  }

  @Test
  void itBreaksJsonEventsInEveryDirection() {
    for (String mode : List.of("BACKWARD", "FORWARD", "FULL")) {
      assertEquals(
          List.of("MESSAGE_SAME_JSON_FORMAT@3"),
          SchemaChange.in(dir.resolve(mode))
              .encoding("json")
              .mode(mode)
              .rules(PROTO3, PROTO2)
              .stream()
              .filter(r -> r.startsWith("MESSAGE_SAME_JSON_FORMAT"))
              .toList(),
          mode);
    }
  }

  @Test
  void gainingTheJsonMappingIsSafe() {
    assertEquals(
        List.of(),
        SchemaChange.in(dir)
            .encoding("json")
            .mode("FULL")
            .findings("MESSAGE_SAME_JSON_FORMAT", PROTO2, PROTO3));
  }

  @Test
  void protobufEventsDoNotUseTheJsonMapping() {
    assertEquals(
        List.of(),
        SchemaChange.in(dir).mode("FULL").findings("MESSAGE_SAME_JSON_FORMAT", PROTO3, PROTO2));
  }
}
