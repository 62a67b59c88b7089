package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldStandardTypeTest {

  private static final String ROOM = "schemas/acme/messaging/v1/room.proto";

  @TempDir Path dir;

  @Test
  void silentWhenStandardAttributesHaveTheirTypes() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("FIELD_STANDARD_TYPE"));
  }

  @Test
  void firesOnAWrongScalarMessageOrRepeatedTypeComparingFullyQualifiedNames() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                ROOM,
                """
                syntax = "proto3";

                package acme.messaging.v1;

                // A chat room.
                message Room {
                  // The tenant.
                  int64 tenant_id = 1;
                  // When the room was opened, as a local look-alike of the well-known type.
                  Timestamp occurred_at = 2;
                  // Seconds and nanos, named like the well-known type.
                  message Timestamp {
                    // Seconds since the epoch.
                    int64 seconds = 1;
                  }
                  // A member.
                  message Member {
                    // The tenants the member belongs to.
                    repeated string tenant_id = 1;
                  }
                }
                """);
    assertEquals(
        List.of(
            ROOM
                + ":8:3: Field \"tenant_id\" on message \"acme.messaging.v1.Room\" has type"
                + " \"int64\", but the standard attribute \"tenant_id\" has type \"string\"; change"
                + " it to \"string\".",
            ROOM
                + ":10:3: Field \"occurred_at\" on message \"acme.messaging.v1.Room\" has type"
                + " \"acme.messaging.v1.Room.Timestamp\", but the standard attribute"
                + " \"occurred_at\" has type \"google.protobuf.Timestamp\"; change it to"
                + " \"google.protobuf.Timestamp\".",
            ROOM
                + ":19:5: Field \"tenant_id\" on message \"acme.messaging.v1.Room.Member\" has type"
                + " \"repeated string\", but the standard attribute \"tenant_id\" has type"
                + " \"string\"; change it to \"string\"."),
        catalog.findings("FIELD_STANDARD_TYPE"));
  }
}
