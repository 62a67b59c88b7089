package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageDefinedTest {

  private static final String NO_PACKAGE =
      """
      syntax = "proto3";

      // A chat room.
      message Room {}
      """;

  @TempDir Path dir;

  @Test
  void silentOnTheCleanCatalog() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("PACKAGE_DEFINED"));
  }

  @Test
  void firesOnAFileWithoutPackageAndSuggestsTheOneItsDirectoryNames() {
    TestCatalog catalog = TestCatalog.in(dir).write("schemas/acme/rooms/v1/room.proto", NO_PACKAGE);
    assertEquals(
        List.of(
            "schemas/acme/rooms/v1/room.proto:1:1: File \"schemas/acme/rooms/v1/room.proto\" has"
                + " no package; declare \"package acme.rooms.v1;\"."),
        catalog.findings("PACKAGE_DEFINED"));
  }

  @Test
  void firesOnAFileAtTheProtoRootWithAnExampleLayout() {
    TestCatalog catalog = TestCatalog.in(dir).write("schemas/room.proto", NO_PACKAGE);
    assertEquals(
        List.of(
            "schemas/room.proto:1:1: File \"schemas/room.proto\" has no package; declare one such"
                + " as \"package acme.orders.v1;\" and move the file into the matching directory"
                + " \"acme/orders/v1\"."),
        catalog.findings("PACKAGE_DEFINED"));
  }
}
