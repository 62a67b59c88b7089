package dev.eventcontracts.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The protoc on Maven Central for the platform Maven runs on. */
class ProtocArtifactTest {

  @Test
  void platformsAreNamedAsOnMavenCentral() {
    assertEquals(
        "com.google.protobuf:protoc:exe:linux-x86_64:4.32.1",
        ProtocArtifact.of("4.32.1", "Linux", "amd64").coordinates());
    assertEquals("osx-aarch_64", ProtocArtifact.of("4.32.1", "Mac OS X", "aarch64").classifier());
    assertEquals("osx-x86_64", ProtocArtifact.of("4.32.1", "Mac OS X", "x86_64").classifier());
    assertEquals("windows-x86_64", ProtocArtifact.of("4.32.1", "Windows 11", "amd64").classifier());
    assertEquals("linux-aarch_64", ProtocArtifact.of("4.32.1", "Linux", "arm64").classifier());
  }

  @Test
  void aPlatformWithoutProtocSaysSo() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ProtocArtifact.of("4.32.1", "SunOS", "sparcv9"));
    assertEquals("no protoc on Maven Central for operating system \"SunOS\"", e.getMessage());
  }

  @Test
  void theDefaultIsTheProtobufRuntimeOfTheTool() {
    assertEquals(
        com.google.protobuf.RuntimeVersion.MAJOR
            + "."
            + com.google.protobuf.RuntimeVersion.MINOR
            + "."
            + com.google.protobuf.RuntimeVersion.PATCH,
        ProtocArtifact.DEFAULT_VERSION);
  }
}
