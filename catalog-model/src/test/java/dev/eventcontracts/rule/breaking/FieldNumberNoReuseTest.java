package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldNumberNoReuseTest {

  @TempDir Path dir;

  static final String BEFORE =
      """
      syntax = "proto3";
      package acme.test.v1;
      message MessageSent {
        reserved 4;
        reserved "body";
        string conversation_id = 1;
      }
      """;

  @Test
  void aNewFieldOnAReservedNumberBreaks() {
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        message MessageSent {
          reserved "body";
          string conversation_id = 1;
          int64 size = 4;
        }
        """;
    assertEquals(
        List.of(
            "6:3: Field \"4\" with name \"size\" on message \"MessageSent\" reuses the reserved"
                + " number \"4\"; data written under it before may still be read. Use a new"
                + " number."),
        SchemaChange.in(dir).findings("FIELD_NUMBER_NO_REUSE", BEFORE, after));
    assertEquals(List.of("FIELD_NUMBER_NO_REUSE@6"), SchemaChange.in(dir).rules(BEFORE, after));
  }

  @Test
  void aNewFieldOnAFreshNumberIsSafe() {
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        message MessageSent {
          reserved 4;
          reserved "body";
          string conversation_id = 1;
          int64 size = 5;
        }
        """;
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(BEFORE, after));
  }

  @Test
  void inJsonAReservedNameIsNotReusedEither() {
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        message MessageSent {
          reserved 4;
          string conversation_id = 1;
          bytes body = 5;
        }
        """;
    assertEquals(
        List.of("FIELD_NUMBER_NO_REUSE@6"),
        SchemaChange.in(dir).encoding("json").rules(BEFORE, after));
    assertEquals(List.of(), SchemaChange.in(dir).rules(BEFORE, after));
  }

  static final String RESERVED_TEXT =
      """
      syntax = "proto3";
      package acme.test.v1;
      message MessageSent {
        reserved 4;
        reserved "body_text";
        string conversation_id = 1;
      }
      """;

  static String withField(String field) {
    return RESERVED_TEXT.replace(
        "string conversation_id = 1;\n", "string conversation_id = 1;\n  " + field + "\n");
  }

  @Test
  void inJsonANewFieldNamedAsTheReservedNamesJsonKeyReadsOldData() {
    assertEquals(
        List.of(
            "7:3: Field \"5\" with name \"bodyText\" on message \"MessageSent\" answers to the"
                + " JSON key \"bodyText\" of the reserved name \"body_text\"; JSON data written"
                + " before may still hold that key. Use another name."),
        SchemaChange.in(dir)
            .encoding("json")
            .mode("FORWARD")
            .findings("FIELD_NUMBER_NO_REUSE", RESERVED_TEXT, withField("bytes bodyText = 5;")));
  }

  @Test
  void inJsonADeclaredJsonNameCountsToo() {
    assertEquals(
        List.of(
            "7:3: Field \"5\" with name \"text_v2\" on message \"MessageSent\" answers to the"
                + " JSON key \"bodyText\" of the reserved name \"body_text\"; JSON data written"
                + " before may still hold that key. Use another name."),
        SchemaChange.in(dir)
            .encoding("json")
            .findings(
                "FIELD_NUMBER_NO_REUSE",
                RESERVED_TEXT,
                withField("string text_v2 = 5 [json_name = \"bodyText\"];")));
  }

  @Test
  void aNewFieldWithAnotherJsonKeyIsSafe() {
    assertEquals(
        List.of(),
        SchemaChange.in(dir)
            .encoding("json")
            .mode("FULL")
            .rules(RESERVED_TEXT, withField("string body_html = 5;")));
  }

  @Test
  void onTheBinaryWireJsonKeysDoNotMatter() {
    assertEquals(
        List.of(),
        SchemaChange.in(dir).mode("FULL").rules(RESERVED_TEXT, withField("bytes bodyText = 5;")));
  }
}
