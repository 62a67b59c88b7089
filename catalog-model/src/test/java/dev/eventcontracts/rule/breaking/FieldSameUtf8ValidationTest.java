package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldSameUtf8ValidationTest {

  @TempDir Path dir;

  static final String RULE = "FIELD_SAME_UTF8_VALIDATION";

  static String edition(String validation) {
    return """
        edition = "2023";
        package acme.test.v1;
        message Note {
          string text = 1%s;
        }
        """
        .formatted(validation.isEmpty() ? "" : " [features.utf8_validation = " + validation + "]");
  }

  static final String PROTO2 =
      """
      syntax = "proto2";
      package acme.test.v1;
      message Note {
        optional string text = 1;
      }
      """;

  static final String PROTO3 =
      """
      syntax = "proto3";
      package acme.test.v1;
      message Note {
        optional string text = 1;
      }
      """;

  static final String DROPPED =
      "4:3: Field \"1\" with name \"text\" on message \"Note\" changed UTF-8 validation from"
          + " \"VERIFY\" to \"NONE\"; strings written now are not checked, and old readers reject"
          + " invalid UTF-8.";

  static final String ADDED =
      "4:3: Field \"1\" with name \"text\" on message \"Note\" changed UTF-8 validation from"
          + " \"NONE\" to \"VERIFY\"; strings written before were not checked, and new readers"
          + " reject invalid UTF-8.";

  @Test
  void turningValidationOffBreaksOldReadersOfNewData() {
    assertEquals(
        List.of(DROPPED),
        SchemaChange.in(dir).mode("FORWARD").findings(RULE, edition(""), edition("NONE")));
    assertEquals(
        List.of(DROPPED),
        SchemaChange.in(dir).mode("FULL").findings(RULE, edition("VERIFY"), edition("NONE")));
  }

  @Test
  void turningValidationOffIsSafeForNewReaders() {
    assertEquals(
        List.of(), SchemaChange.in(dir).mode("BACKWARD").rules(edition(""), edition("NONE")));
  }

  @Test
  void aProto2StringMovedToAnEditionsDefaultIsNowVerified() {
    assertEquals(
        List.of(ADDED), SchemaChange.in(dir).mode("BACKWARD").findings(RULE, PROTO2, edition("")));
    assertEquals(
        List.of(), SchemaChange.in(dir).mode("FORWARD").findings(RULE, PROTO2, edition("")));
  }

  @Test
  void proto2MovedToAnEditionThatKeepsValidationOffIsSafe() {
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(PROTO2, edition("NONE")));
  }

  @Test
  void proto3MovedToEditionsKeepsItsValidation() {
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(PROTO3, edition("")));
  }

  @Test
  void jsonTextIsValidUnicodeWhateverTheFeature() {
    assertEquals(
        List.of(),
        SchemaChange.in(dir)
            .encoding("json")
            .mode("FULL")
            .findings(RULE, edition(""), edition("NONE")));
  }
}
