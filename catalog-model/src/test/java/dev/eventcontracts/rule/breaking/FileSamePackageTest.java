package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.CatalogChange;
import dev.eventcontracts.testing.SchemaChange;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSamePackageTest {

  @TempDir Path dir;

  static String proto(String pkg) {
    return """
        syntax = "proto3";

        package %s;

        message RoomCreated {
          string room_id = 1;
        }
        """
        .formatted(pkg);
  }

  @Test
  void aFileThatChangesPackageRenamesEveryTypeItDeclares() {
    assertEquals(
        List.of(
            "3:1: File package changed from \"acme.test.v1\" to \"acme.chat.v1\": every type the"
                + " file declares gets a new full name. Keep the package, and declare types of the"
                + " new package in a new file."),
        SchemaChange.in(dir)
            .findings("FILE_SAME_PACKAGE", proto("acme.test.v1"), proto("acme.chat.v1")));
  }

  @Test
  void itBreaksInEveryModeAndEncodingButNone() {
    for (String mode : List.of("BACKWARD", "FORWARD", "FULL")) {
      for (String encoding : List.of("protobuf", "json")) {
        assertEquals(
            List.of("FILE_SAME_PACKAGE@3"),
            SchemaChange.in(dir.resolve(mode + encoding))
                .mode(mode)
                .encoding(encoding)
                .rules(proto("acme.test.v1"), proto("acme.chat.v1")),
            mode + " " + encoding);
      }
    }
    assertEquals(
        List.of(),
        SchemaChange.in(dir).mode("NONE").rules(proto("acme.test.v1"), proto("acme.chat.v1")));
  }

  @Test
  void keepingThePackageIsSilent() {
    String after =
        proto("acme.test.v1")
            .replace("string room_id = 1;", "string room_id = 1;\n  string name = 2;");
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(proto("acme.test.v1"), after));
  }

  @Test
  void aFileWithoutAPackageThatGainsOneIsReported() {
    String without = proto("x").replace("package x;\n", "");
    assertEquals(
        List.of(
            "3:1: File package changed from \"\" to \"acme.test.v1\": every type the file"
                + " declares gets a new full name. Keep the package, and declare types of the new"
                + " package in a new file."),
        SchemaChange.in(dir).findings("FILE_SAME_PACKAGE", without, proto("acme.test.v1")));
  }

  @Test
  void theFindingNamesTheEventThatCarriesTheFilesTypes() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .now()
        .replace(TestCatalog.PROTO_FILE, "package acme.messaging.v1;", "package acme.chat.v1;");
    change.now().replace(TestCatalog.EVENT_FILE, "acme.messaging.v1.", "acme.chat.v1.");
    assertEquals(
        List.of("FILE_SAME_PACKAGE MessageSent " + TestCatalog.PROTO_FILE + ":3:1"),
        change.breaking().report().findings().stream()
            .filter(f -> f.rule().equals("FILE_SAME_PACKAGE"))
            .map(f -> f.rule() + " " + f.event() + " " + f.location())
            .toList());
  }

  @Test
  void aFileOnlyAnEventUnderNoneCarriesIsNotChecked() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .then()
        .replace(TestCatalog.EVENT_FILE, "status: active", "status: active\ncompatibility: NONE");
    change
        .now()
        .replace(TestCatalog.EVENT_FILE, "status: active", "status: active\ncompatibility: NONE");
    change
        .now()
        .replace(TestCatalog.PROTO_FILE, "package acme.messaging.v1;", "package acme.chat.v1;");
    change.now().replace(TestCatalog.EVENT_FILE, "acme.messaging.v1.", "acme.chat.v1.");
    assertEquals(List.of(), change.findings("FILE_SAME_PACKAGE"));
  }

  @Test
  void aFileMovedWithItsPackageShowsAsDeletedTypesOfTheEvent() {
    CatalogChange change = CatalogChange.in(dir);
    change.now().delete(TestCatalog.PROTO_FILE);
    change
        .now()
        .write(
            "schemas/acme/chat/v1/message_sent.proto",
            TestCatalog.PROTO.replace("package acme.messaging.v1;", "package acme.chat.v1;"));
    change.now().replace(TestCatalog.EVENT_FILE, "acme.messaging.v1.", "acme.chat.v1.");
    assertEquals(List.of(), change.findings("FILE_SAME_PACKAGE"));
    assertEquals(
        List.of(
            "ENUM_NO_DELETE@catalog.yaml:1",
            "MESSAGE_NO_DELETE@catalog.yaml:1",
            "EVENT_SAME_MESSAGE@" + TestCatalog.EVENT_FILE + ":6"),
        change.all());
  }
}
