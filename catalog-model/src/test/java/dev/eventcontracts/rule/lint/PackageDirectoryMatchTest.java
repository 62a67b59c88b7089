package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageDirectoryMatchTest {

  private static final String ROOM =
      """
      syntax = "proto3";

      package acme.rooms.v1;

      // A chat room.
      message Room {}
      """;

  @TempDir Path dir;

  @Test
  void silentWhenThePathMirrorsThePackage() {
    TestCatalog catalog = TestCatalog.in(dir).write("schemas/acme/rooms/v1/room.proto", ROOM);
    assertEquals(List.of(), catalog.findings("PACKAGE_DIRECTORY_MATCH"));
  }

  @Test
  void firesAtThePackageStatementAndNamesWhereTheFileBelongs() {
    TestCatalog catalog = TestCatalog.in(dir).write("schemas/acme/chat/room.proto", ROOM);
    assertEquals(
        List.of(
            "schemas/acme/chat/room.proto:3:1: Package \"acme.rooms.v1\" should be in the"
                + " directory \"schemas/acme/rooms/v1\", not \"schemas/acme/chat\"; move the file"
                + " to \"schemas/acme/rooms/v1/room.proto\"."),
        catalog.findings("PACKAGE_DIRECTORY_MATCH"));
  }

  @Test
  void firesOnAFileRightUnderTheProtoRoot() {
    TestCatalog catalog = TestCatalog.in(dir).write("schemas/room.proto", ROOM);
    assertEquals(
        List.of(
            "schemas/room.proto:3:1: Package \"acme.rooms.v1\" should be in the directory"
                + " \"schemas/acme/rooms/v1\", not \"schemas\"; move the file to"
                + " \"schemas/acme/rooms/v1/room.proto\"."),
        catalog.findings("PACKAGE_DIRECTORY_MATCH"));
  }

  @Test
  void aLegacyFileStaysWhereItIsWithAnIgnoreCommentAboveThePackage() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                "schemas/legacy/room.proto",
                ROOM.replace(
                    "package acme.rooms.v1;",
                    "// catalog:ignore PACKAGE_DIRECTORY_MATCH\npackage acme.rooms.v1;"));
    assertEquals(List.of(), catalog.findings("PACKAGE_DIRECTORY_MATCH"));
  }
}
