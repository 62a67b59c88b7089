package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventMultiTenantIdTest {

  @TempDir Path dir;

  private TestCatalog withoutTenantHeader() {
    return TestCatalog.in(dir)
        .replace(
            "catalog.yaml", "  - { name: tenant-id, requiredWhen: \"tenancy == multi\" }\n", "");
  }

  @Test
  void silentWhenPayloadCarriesTenantId() {
    assertEquals(List.of(), withoutTenantHeader().findings("EVENT_MULTI_TENANT_ID"));
  }

  @Test
  void firesWhenNeitherPayloadNorHeaderCarriesTheTenant() {
    TestCatalog catalog =
        withoutTenantHeader()
            .replace(TestCatalog.PROTO_FILE, "string tenant_id = 1;", "reserved 1;")
            .replace(TestCatalog.EXAMPLE_FILE, "\"tenantId\": \"t-1\",", "");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":12:10: Multi-tenant event \"MessageSent\" carries no \"tenant_id\" in message"
                + " \"acme.messaging.v1.MessageSent\" and no required \"tenant-id\" header; add the"
                + " field (or an envelope holding it)."),
        catalog.findings("EVENT_MULTI_TENANT_ID"));
  }

  @Test
  void silentWhenTheTenantHeaderIsRequiredForMultiTenantEvents() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.PROTO_FILE, "string tenant_id = 1;", "reserved 1;")
            .replace(TestCatalog.EXAMPLE_FILE, "\"tenantId\": \"t-1\",", "");
    assertEquals(List.of(), catalog.findings("EVENT_MULTI_TENANT_ID"));
  }
}
