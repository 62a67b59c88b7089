package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Features drive the verdicts the way the proto2 and proto3 constructs they stand for do: closed
 * enums, required presence, delimited encoding; and what parsers read either way (packed or
 * expanded, explicit or implicit presence) stays silent in every mode.
 */
class EditionsBreakingTest {

  @TempDir Path dir;

  static final String PROTO3 =
      """
      syntax = "proto3";
      package acme.test.v1;
      message Order {
        string id = 1;
        optional int64 amount = 2;
        repeated int32 lines = 3;
        Status status = 4;
        Item item = 5;
      }
      message Item {
        string sku = 1;
      }
      enum Status {
        STATUS_UNSPECIFIED = 0;
        STATUS_OPEN = 1;
      }
      """;

  /** The same contract in edition 2023, written as protoc's proto3-to-editions migration does. */
  static final String EDITION =
      """
      edition = "2023";
      package acme.test.v1;
      option features.field_presence = IMPLICIT;
      message Order {
        string id = 1;
        int64 amount = 2 [features.field_presence = EXPLICIT];
        repeated int32 lines = 3;
        Status status = 4;
        Item item = 5;
      }
      message Item {
        string sku = 1;
      }
      enum Status {
        STATUS_UNSPECIFIED = 0;
        STATUS_OPEN = 1;
      }
      """;

  @Test
  void proto3MigratedToEditionsBreaksNothing() {
    for (String mode : List.of("BACKWARD", "FORWARD", "FULL")) {
      assertEquals(List.of(), SchemaChange.in(dir).mode(mode).rules(PROTO3, EDITION), mode);
      assertEquals(List.of(), SchemaChange.in(dir).mode(mode).rules(EDITION, PROTO3), mode);
    }
  }

  @Test
  void presenceAndPackedEncodingChangesAreReadEitherWay() {
    String changed =
        EDITION
            .replace("option features.field_presence = IMPLICIT;\n", "")
            .replace(
                "repeated int32 lines = 3;",
                "repeated int32 lines = 3 [features.repeated_field_encoding = EXPANDED];");
    for (String mode : List.of("BACKWARD", "FORWARD", "FULL")) {
      assertEquals(List.of(), SchemaChange.in(dir).mode(mode).rules(EDITION, changed), mode);
    }
  }

  @Test
  void closingAnEnumBreaksEveryDirection() {
    String closed =
        EDITION.replace(
            "enum Status {\n", "enum Status {\n  option features.enum_type = CLOSED;\n");
    for (String mode : List.of("BACKWARD", "FORWARD", "FULL")) {
      assertEquals(
          List.of("14:1: Enum \"Status\" changed from open to closed."),
          SchemaChange.in(dir).mode(mode).findings("ENUM_SAME_TYPE", EDITION, closed),
          mode);
    }
  }

  @Test
  void aClosedEditionsEnumIsWhatAProto2EnumWas() {
    String proto2 =
        """
        syntax = "proto2";
        package acme.test.v1;
        enum Status {
          STATUS_UNSPECIFIED = 0;
        }
        """;
    String edition =
        """
        edition = "2023";
        package acme.test.v1;
        option features.enum_type = CLOSED;
        enum Status {
          STATUS_UNSPECIFIED = 0;
        }
        """;
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(proto2, edition));
  }

  @Test
  void legacyRequiredIsRequired() {
    String required =
        EDITION.replace(
            "string id = 1;", "string id = 1 [features.field_presence = LEGACY_REQUIRED];");
    String added =
        "5:3: Message \"Order\" gained required field \"1\" with name \"id\" (made required); new"
            + " readers refuse data written without it.";
    String dropped =
        "5:3: Message \"Order\" had required field \"1\" with name \"id\" made optional; old"
            + " readers refuse data without it.";
    String rule = "MESSAGE_SAME_REQUIRED_FIELDS";
    assertEquals(
        List.of(added), SchemaChange.in(dir).mode("BACKWARD").findings(rule, EDITION, required));
    assertEquals(List.of(), SchemaChange.in(dir).mode("FORWARD").findings(rule, EDITION, required));
    assertEquals(
        List.of(dropped), SchemaChange.in(dir).mode("FORWARD").findings(rule, required, EDITION));
    assertEquals(
        List.of(added), SchemaChange.in(dir).mode("FULL").findings(rule, EDITION, required));
  }

  @Test
  void legacyRequiredIsWhatProto2RequiredWas() {
    String proto2 =
        """
        syntax = "proto2";
        package acme.test.v1;
        message Order {
          required string id = 1;
        }
        """;
    String edition =
        """
        edition = "2023";
        package acme.test.v1;
        option features.utf8_validation = NONE;
        message Order {
          string id = 1 [features.field_presence = LEGACY_REQUIRED];
        }
        """;
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(proto2, edition));
  }

  static final String GROUP =
      """
      syntax = "proto2";
      package acme.test.v1;
      message Search {
        optional group Result = 1 {
          optional string url = 2;
        }
      }
      """;

  static final String MESSAGE_FIELD =
      """
      syntax = "proto2";
      package acme.test.v1;
      message Search {
        optional Result result = 1;
        message Result {
          optional string url = 2;
        }
      }
      """;

  static final String DELIMITED =
      """
      edition = "2023";
      package acme.test.v1;
      option features.utf8_validation = NONE;
      message Search {
        Result result = 1 [features.message_encoding = DELIMITED];
        message Result {
          string url = 2;
        }
      }
      """;

  @Test
  void aGroupTurnedIntoAMessageFieldBreaksEveryDirection() {
    String finding =
        "4:3: Field \"1\" with name \"result\" on message \"Search\" changed message encoding from"
            + " \"delimited (group)\" to \"length-prefixed\"; the wire types differ, so neither"
            + " side reads the other's data.";
    for (String mode : List.of("BACKWARD", "FORWARD", "FULL")) {
      assertEquals(
          List.of(finding),
          SchemaChange.in(dir)
              .mode(mode)
              .findings("FIELD_WIRE_COMPATIBLE_TYPE", GROUP, MESSAGE_FIELD),
          mode);
    }
  }

  @Test
  void aDelimitedEditionsFieldIsWhatTheGroupWas() {
    for (String mode : List.of("BACKWARD", "FORWARD", "FULL")) {
      assertEquals(List.of(), SchemaChange.in(dir).mode(mode).rules(GROUP, DELIMITED), mode);
    }
  }

  @Test
  void lengthPrefixedToDelimitedBreaks() {
    String prefixed = DELIMITED.replace(" [features.message_encoding = DELIMITED]", "");
    assertEquals(
        List.of(
            "5:3: Field \"1\" with name \"result\" on message \"Search\" changed message encoding"
                + " from \"length-prefixed\" to \"delimited (group)\"; the wire types differ, so"
                + " neither side reads the other's data."),
        SchemaChange.in(dir)
            .mode("FULL")
            .findings("FIELD_WIRE_COMPATIBLE_TYPE", prefixed, DELIMITED));
  }

  @Test
  void aGroupReadsAsTheSameJsonObject() {
    assertEquals(
        List.of(), SchemaChange.in(dir).encoding("json").mode("FULL").rules(GROUP, MESSAGE_FIELD));
  }

  @Test
  void anEditionsDefaultIsAProto2Default() {
    String proto2 =
        """
        syntax = "proto2";
        package acme.test.v1;
        message Page {
          optional int32 size = 1 [default = 50];
        }
        """;
    String edition =
        """
        edition = "2023";
        package acme.test.v1;
        message Page {
          int32 size = 1 [default = 50];
        }
        """;
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(proto2, edition));
    assertEquals(
        List.of(
            "4:3: Field \"1\" with name \"size\" on message \"Page\" changed default value from"
                + " \"50\" to none."),
        SchemaChange.in(dir)
            .mode("BACKWARD")
            .findings("FIELD_SAME_DEFAULT", edition, edition.replace(" [default = 50]", "")));
  }
}
