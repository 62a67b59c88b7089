package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldSameJstypeTest {

  @TempDir Path dir;

  static String proto(String options) {
    return """
        syntax = "proto3";
        package acme.test.v1;
        message MessageSent {
          int64 sequence = 1%s;
        }
        """
        .formatted(options);
  }

  @Test
  void jsonReadersInJavaScriptGetAnotherTypeWhenTheJstypeChanges() {
    assertEquals(
        List.of(
            "4:3: Field \"1\" with name \"sequence\" on message \"MessageSent\" changed option"
                + " \"jstype\" from \"JS_STRING\" to \"JS_NUMBER\"."),
        SchemaChange.in(dir)
            .encoding("json")
            .findings(
                "FIELD_SAME_JSTYPE",
                proto(" [jstype = JS_STRING]"),
                proto(" [jstype = JS_NUMBER]")));
  }

  @Test
  void addingAJstypeCountsAsAChangeFromTheDefault() {
    assertEquals(
        List.of(
            "4:3: Field \"1\" with name \"sequence\" on message \"MessageSent\" changed option"
                + " \"jstype\" from \"JS_NORMAL\" to \"JS_STRING\"."),
        SchemaChange.in(dir)
            .encoding("json")
            .mode("FORWARD")
            .findings("FIELD_SAME_JSTYPE", proto(""), proto(" [jstype = JS_STRING]")));
  }

  @Test
  void theBinaryWireIsUntouched() {
    assertEquals(
        List.of(),
        SchemaChange.in(dir)
            .mode("FULL")
            .rules(proto(" [jstype = JS_STRING]"), proto(" [jstype = JS_NUMBER]")));
  }

  @Test
  void spellingOutTheDefaultIsSilentInJson() {
    assertEquals(
        List.of(),
        SchemaChange.in(dir)
            .encoding("json")
            .mode("FULL")
            .rules(proto(""), proto(" [jstype = JS_NORMAL]")));
  }
}
