package dev.eventcontracts.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** protoc's stderr as lines a user reads like findings. */
class ProtocErrorsTest {

  @Test
  void errorsAndWarningsBecomeCatalogRelativeLines() {
    ProtocErrors errors =
        ProtocErrors.parse(
            """
            acme/chat/v1/room.proto:6:14: Extension ranges are not allowed in proto3.
            schemas/acme/chat/v1/ping.proto:3:1: warning: Import acme/chat/v1/room.proto is unused.
            acme/chat/v1/gone.proto: File not found.
            --java_out: out: No such file or directory
            """,
            path -> path.startsWith("schemas/") ? path : "schemas/" + path);

    assertEquals(
        List.of(
            "schemas/acme/chat/v1/room.proto:6:14: Extension ranges are not allowed in proto3.",
            "schemas/acme/chat/v1/gone.proto: File not found.",
            "--java_out: out: No such file or directory"),
        errors.errors());
    assertEquals(
        List.of("schemas/acme/chat/v1/ping.proto:3:1: Import acme/chat/v1/room.proto is unused."),
        errors.warnings());
  }
}
