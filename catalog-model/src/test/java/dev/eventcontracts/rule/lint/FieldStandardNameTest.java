package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldStandardNameTest {

  private static final String ROOM = "schemas/acme/messaging/v1/room.proto";

  @TempDir Path dir;

  @Test
  void silentWhenStandardAttributesGoByTheirOwnNames() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("FIELD_STANDARD_NAME"));
  }

  @Test
  void firesOnAliasesAndRespellingsWithTheCanonicalName() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                ROOM,
                """
                syntax = "proto3";

                package acme.messaging.v1;

                import "google/protobuf/timestamp.proto";

                // A chat room.
                message Room {
                  // The tenant.
                  string tenantId = 1;
                  // The customer.
                  string customer_id = 2;
                  // When the room was opened.
                  google.protobuf.Timestamp created_at = 3;
                  // The tenant, spelled another way.
                  string TenantID = 4;
                  // When the room was last read: not a standard attribute.
                  google.protobuf.Timestamp read_at = 5;
                  // A member.
                  message Member {
                    // The tenant the member belongs to.
                    string tenant = 1;
                  }
                }
                """);
    assertEquals(
        List.of(
            ROOM
                + ":10:3: Field \"tenantId\" on message \"acme.messaging.v1.Room\" is an alias of"
                + " the standard attribute \"tenant_id\"; rename it to \"tenant_id\".",
            ROOM
                + ":12:3: Field \"customer_id\" on message \"acme.messaging.v1.Room\" is an alias"
                + " of the standard attribute \"tenant_id\"; rename it to \"tenant_id\".",
            ROOM
                + ":14:3: Field \"created_at\" on message \"acme.messaging.v1.Room\" is an alias"
                + " of the standard attribute \"occurred_at\"; rename it to \"occurred_at\".",
            ROOM
                + ":16:3: Field \"TenantID\" on message \"acme.messaging.v1.Room\" is a respelling"
                + " of the standard attribute \"tenant_id\"; rename it to \"tenant_id\".",
            ROOM
                + ":22:5: Field \"tenant\" on message \"acme.messaging.v1.Room.Member\" is an"
                + " alias of the standard attribute \"tenant_id\"; rename it to \"tenant_id\"."),
        catalog.findings("FIELD_STANDARD_NAME"));
  }

  @Test
  void silentWhenTheCatalogDefinesNoStandardAttributes() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(
                "catalog.yaml",
                "  tenant_id:   { type: string, aliases: [tenantId, tenant, customer_id] }\n",
                "")
            .replace(TestCatalog.PROTO_FILE, "string tenant_id = 1;", "string tenantId = 1;");
    assertEquals(List.of(), catalog.findings("FIELD_STANDARD_NAME"));
  }
}
