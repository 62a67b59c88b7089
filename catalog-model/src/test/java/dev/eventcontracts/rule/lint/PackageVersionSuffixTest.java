package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PackageVersionSuffixTest {

  @TempDir Path dir;

  private TestCatalog withPackage(String packageName) {
    return TestCatalog.in(dir)
        .write(
            "schemas/" + packageName.replace('.', '/') + "/room.proto",
            """
            syntax = "proto3";

            package %s;

            // A chat room.
            message Room {}
            """
                .formatted(packageName));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "acme.rooms.v1",
        "acme.rooms.v2",
        "acme.rooms.v1alpha",
        "acme.rooms.v1beta1",
        "acme.rooms.v1p1beta1",
        "acme.rooms.v1test"
      })
  void silentOnAVersionedPackage(String packageName) {
    assertEquals(List.of(), withPackage(packageName).findings("PACKAGE_VERSION_SUFFIX"));
  }

  @ParameterizedTest
  @CsvSource({
    "acme.rooms,      acme.rooms.v1",
    "acme.rooms.V2,   acme.rooms.v2",
    "acme.rooms.v0,   acme.rooms.v1",
    "acme.rooms.beta, acme.rooms.beta.v1"
  })
  void firesOnAPackageWithoutVersionAndSuggestsOne(String packageName, String suggestion) {
    String file = "schemas/" + packageName.replace('.', '/') + "/room.proto";
    assertEquals(
        List.of(
            file
                + ":3:1: Package \""
                + packageName
                + "\" should end in a version component such as \"v1\" or \"v1beta1\", such as \""
                + suggestion
                + "\"."),
        withPackage(packageName).findings("PACKAGE_VERSION_SUFFIX"));
  }
}
