package dev.eventcontracts.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where an imported schema's package puts its event; the registry runs are in the CLI's tests. */
class CatalogImportTest {

  @Test
  void theDomainIsThePackagesLastPartThatIsNoVersion() {
    assertEquals("orders", CatalogImport.domainOf("acme.orders.v1"));
    assertEquals("orders", CatalogImport.domainOf("acme.orders.v1beta1"));
    assertEquals("order-book", CatalogImport.domainOf("acme.order_book"));
    assertEquals("events", CatalogImport.domainOf(null));
    assertEquals("events", CatalogImport.domainOf("v1"));
  }

  @Test
  void theVersionIsThePackagesVersionSuffix() {
    assertEquals(2, CatalogImport.versionOf("acme.orders.v2"));
    assertEquals(1, CatalogImport.versionOf("acme.orders"));
    assertEquals(1, CatalogImport.versionOf(null));
  }

  @Test
  void summariesAndTopicsAreQuotedOnlyWhereYamlNeedsIt() {
    assertEquals("orders.order-placed.v1", CatalogImport.scalar("orders.order-placed.v1"));
    assertEquals(
        "Registered in dev as a-value.", CatalogImport.scalar("Registered in dev as a-value."));
    assertEquals("\"a-value, b-value\"", CatalogImport.scalar("a-value, b-value"));
    assertEquals("\"orders:placed\"", CatalogImport.scalar("orders:placed"));
  }
}
