package dev.eventcontracts.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import dev.eventcontracts.CatalogException;
import dev.eventcontracts.model.Features;
import dev.eventcontracts.model.ProtoSchema;
import dev.eventcontracts.testing.EditionsProtos;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editions files and proto2 groups load, with every element where the text declares it and the
 * features protoc would resolve for it.
 */
class EditionsLoadingTest {

  @TempDir Path dir;

  static final String EDITION_2023 = EditionsProtos.EDITION_2023;

  private ProtoSchema load(String proto) {
    return TestCatalog.in(dir).write(TestCatalog.PROTO_FILE, proto).lint().catalog().protos();
  }

  private List<String> problems(String path, String proto) {
    TestCatalog catalog = TestCatalog.in(dir).write(path, proto);
    CatalogException e = assertThrows(CatalogException.class, catalog::lint);
    assertEquals(CatalogException.INPUT, e.exitCode());
    return e.problems();
  }

  /** {@code name line:col presence utf8 encoding} per field. */
  private static List<String> fields(ProtoSchema protos, String message) {
    MessageType type = protos.message(message);
    List<String> out = new ArrayList<>();
    for (Field field : type.getFieldsAndOneOfFields()) {
      Features f = protos.features().field(type, field);
      out.add(
          field.getName()
              + " "
              + field.getLocation().getLine()
              + ":"
              + field.getLocation().getColumn()
              + " "
              + f.fieldPresence()
              + " "
              + f.utf8Validation()
              + " "
              + f.repeatedFieldEncoding()
              + " "
              + f.messageEncoding());
    }
    return out;
  }

  @Test
  void edition2023ResolvesFileAndFieldFeaturesAtTheirLines() {
    ProtoSchema protos = load(EDITION_2023);
    assertEquals(
        List.of(
            "tenant_id 12:3 IMPLICIT VERIFY PACKED LENGTH_PREFIXED",
            "occurred_at 14:3 EXPLICIT VERIFY PACKED LENGTH_PREFIXED",
            "conversation_id 16:3 EXPLICIT VERIFY PACKED LENGTH_PREFIXED",
            "body 18:3 IMPLICIT NONE PACKED LENGTH_PREFIXED",
            "channel 20:3 IMPLICIT VERIFY PACKED LENGTH_PREFIXED"),
        fields(protos, "acme.messaging.v1.MessageSent"));
    EnumType channel = (EnumType) protos.schema().getType("acme.messaging.v1.Channel");
    assertEquals(Features.EnumType.CLOSED, protos.features().enumType(channel).enumType());
    assertEquals(24, channel.getLocation().getLine());
    MessageType sent = protos.message("acme.messaging.v1.MessageSent");
    assertEquals(Features.JsonFormat.ALLOW, protos.features().jsonFormat(sent));
    assertEquals("2023", protos.features().edition(TestCatalog.PROTO_FILE.substring(8), null));
  }

  @Test
  void anEditionsFileLintsLikeItsProto3Twin() {
    TestCatalog catalog = TestCatalog.in(dir).write(TestCatalog.PROTO_FILE, EDITION_2023);
    assertEquals(List.of(), catalog.allFindings());
  }

  @Test
  void edition2024ReadsVisibilityAndLanguageFeatures() {
    ProtoSchema protos =
        load(
            """
            edition = "2024";

            package acme.messaging.v1;

            import "google/protobuf/timestamp.proto";

            option features.(pb.cpp).string_type = VIEW;
            option features.enforce_naming_style = STYLE2024;

            // A chat message was sent.
            export message MessageSent {
              // The tenant the conversation belongs to.
              string tenant_id = 1;
              // When the message was sent.
              google.protobuf.Timestamp occurred_at = 2;
              // The conversation.
              string conversation_id = 3 [features.field_presence = LEGACY_REQUIRED];
              // The text of the message.
              repeated string body = 4;
              // How the message was sent.
              repeated Channel channel = 5 [features.repeated_field_encoding = EXPANDED];
            }

            // How a message was sent.
            local enum Channel {
              // Not known.
              CHANNEL_UNSPECIFIED = 0;
              // From the web client.
              CHANNEL_WEB = 1;
            }
            """);
    assertEquals(
        List.of(
            "tenant_id 13:3 EXPLICIT VERIFY PACKED LENGTH_PREFIXED",
            "occurred_at 15:3 EXPLICIT VERIFY PACKED LENGTH_PREFIXED",
            "conversation_id 17:3 LEGACY_REQUIRED VERIFY PACKED LENGTH_PREFIXED",
            "body 19:3 EXPLICIT VERIFY PACKED LENGTH_PREFIXED",
            "channel 21:3 EXPLICIT VERIFY EXPANDED LENGTH_PREFIXED"),
        fields(protos, "acme.messaging.v1.MessageSent"));
    MessageType sent = protos.message("acme.messaging.v1.MessageSent");
    assertEquals(11, sent.getLocation().getLine());
    assertEquals(8, sent.getLocation().getColumn());
    assertEquals(true, sent.field("conversation_id").isRequired());
    EnumType channel = (EnumType) protos.schema().getType("acme.messaging.v1.Channel");
    assertEquals(Features.EnumType.OPEN, protos.features().enumType(channel).enumType());
  }

  @Test
  void aProto2GroupIsAFieldAndANestedMessageWhereTheGroupIsDeclared() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                "schemas/acme/legacy/v1/search.proto",
                """
                syntax = "proto2";
                package acme.legacy.v1;
                message Search {
                  repeated group Result = 1 {
                    required string url = 2;
                    optional string title = 3;
                  }
                  optional string query = 4;
                }
                """);
    ProtoSchema protos = catalog.lint().catalog().protos();
    assertEquals(
        List.of(
            "query 8:3 EXPLICIT NONE EXPANDED LENGTH_PREFIXED",
            "result 4:3 EXPLICIT NONE EXPANDED DELIMITED"),
        fields(protos, "acme.legacy.v1.Search"));
    MessageType result = protos.message("acme.legacy.v1.Search.Result");
    assertEquals("4:3", result.getLocation().getLine() + ":" + result.getLocation().getColumn());
    assertEquals(
        List.of(
            "url 5:5 LEGACY_REQUIRED NONE EXPANDED LENGTH_PREFIXED",
            "title 6:5 EXPLICIT NONE EXPANDED LENGTH_PREFIXED"),
        fields(protos, "acme.legacy.v1.Search.Result"));
    assertEquals(
        "acme.legacy.v1.Search.Result",
        protos.message("acme.legacy.v1.Search").field("result").getType().toString());
  }

  @Test
  void aGroupInsideAGroupIsAnInputErrorAtTheInnerGroup() {
    assertEquals(
        List.of(
            "schemas/acme/legacy/v1/search.proto:6:5: group \"Snippet\" is declared inside a"
                + " group, which is not supported; declare it as a message nested in the"
                + " enclosing group's message, with a field of that type"),
        problems(
            "schemas/acme/legacy/v1/search.proto",
            """
            syntax = "proto2";
            package acme.legacy.v1;
            message Search {
              repeated group Result = 1 {
                optional string url = 2;
                optional group Snippet = 3 {
                  optional string text = 4;
                }
              }
            }
            """));
  }

  @Test
  void proto3FieldsMapOntoTheSameFeatures() {
    ProtoSchema protos =
        load(
            TestCatalog.PROTO.replace(
                "  string body = 4;",
                "  optional string body = 4;\n  repeated int32 scores = 6 [packed = false];"));
    assertEquals(
        List.of(
            "tenant_id 10:3 IMPLICIT VERIFY PACKED LENGTH_PREFIXED",
            "occurred_at 12:3 EXPLICIT VERIFY PACKED LENGTH_PREFIXED",
            "conversation_id 14:3 IMPLICIT VERIFY PACKED LENGTH_PREFIXED",
            "body 16:3 EXPLICIT VERIFY PACKED LENGTH_PREFIXED",
            "scores 17:3 IMPLICIT VERIFY EXPANDED LENGTH_PREFIXED",
            "channel 19:3 IMPLICIT VERIFY PACKED LENGTH_PREFIXED"),
        fields(protos, "acme.messaging.v1.MessageSent"));
  }

  @Test
  void anUnknownFeatureIsAnInputErrorAtItsLine() {
    assertEquals(
        List.of(
            TestCatalog.PROTO_FILE
                + ":16:31: unknown feature \"field_presense\"; edition 2023 knows field_presence,"
                + " enum_type, repeated_field_encoding, utf8_validation, message_encoding,"
                + " json_format"),
        problems(
            TestCatalog.PROTO_FILE,
            EDITION_2023.replace(
                "[features.field_presence = EXPLICIT]", "[features.field_presense = EXPLICIT]")));
  }

  @Test
  void aFeatureOnTheWrongElementOrWithAnUnknownValueIsAnInputError() {
    assertEquals(
        List.of(
            TestCatalog.PROTO_FILE
                + ":7:8: feature \"field_presence\" has no value \"HIDDEN\"; it takes EXPLICIT,"
                + " IMPLICIT, LEGACY_REQUIRED",
            TestCatalog.PROTO_FILE
                + ":20:24: feature \"enum_type\" cannot be set on a field; set it on a file or an"
                + " enum"),
        problems(
            TestCatalog.PROTO_FILE,
            EDITION_2023
                .replace("field_presence = IMPLICIT;", "field_presence = HIDDEN;")
                .replace(
                    "  Channel channel = 5;",
                    "  Channel channel = 5 [features.enum_type = OPEN];")));
  }

  @Test
  void labelsAndUnknownEditionsAreRefusedAsProtocRefusesThem() {
    assertEquals(
        List.of(
            TestCatalog.PROTO_FILE
                + ":12:3: label \"optional\" is not part of editions; set"
                + " features.field_presence = EXPLICIT instead"),
        problems(
            TestCatalog.PROTO_FILE,
            EDITION_2023.replace("  string tenant_id = 1;", "  optional string tenant_id = 1;")));
    assertEquals(
        List.of(
            TestCatalog.PROTO_FILE
                + ":1:1: edition \"2025\" is not supported; write edition = \"2023\" or \"2024\","
                + " or syntax = \"proto3\" or \"proto2\""),
        problems(TestCatalog.PROTO_FILE, EDITION_2023.replace("\"2023\"", "\"2025\"")));
  }

  @Test
  void theJsonFormatOfAMessageIsInheritedByWhatItEncloses() {
    ProtoSchema protos =
        TestCatalog.in(dir)
            .write(
                "schemas/acme/legacy/v1/formats.proto",
                """
                edition = "2023";
                package acme.legacy.v1;
                message Legacy {
                  option features.json_format = LEGACY_BEST_EFFORT;
                  message Inner {}
                  enum Kind {
                    KIND_UNSPECIFIED = 0;
                  }
                }
                message Modern {}
                """)
            .write(
                "schemas/acme/legacy/v1/old.proto",
                "syntax = \"proto2\";\npackage acme.legacy.v1;\nmessage Old {}\n")
            .lint()
            .catalog()
            .protos();
    List<String> formats = new ArrayList<>();
    for (String name :
        List.of(
            "acme.legacy.v1.Legacy",
            "acme.legacy.v1.Legacy.Inner",
            "acme.legacy.v1.Legacy.Kind",
            "acme.legacy.v1.Modern",
            "acme.legacy.v1.Old",
            "acme.messaging.v1.MessageSent")) {
      formats.add(name + " " + protos.features().jsonFormat(protos.schema().getType(name)));
    }
    assertEquals(
        List.of(
            "acme.legacy.v1.Legacy LEGACY_BEST_EFFORT",
            "acme.legacy.v1.Legacy.Inner LEGACY_BEST_EFFORT",
            "acme.legacy.v1.Legacy.Kind LEGACY_BEST_EFFORT",
            "acme.legacy.v1.Modern ALLOW",
            "acme.legacy.v1.Old LEGACY_BEST_EFFORT",
            "acme.messaging.v1.MessageSent ALLOW"),
        formats);
  }
}
