package dev.eventcontracts.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eventcontracts.CatalogException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaffoldTest {

  @Test
  void thePackageRootIsTheOrganisationPartOfTheCatalogName() {
    assertEquals("acme", Scaffold.packageRoot("acme-events"));
    assertEquals("acme", Scaffold.packageRoot("acme"));
    assertEquals("events2", Scaffold.packageRoot("2"));
  }

  @Test
  void initWritesTheSettingsAndOneDomain() {
    List<GeneratedFile> files = Scaffold.init("acme", "platform", "orders");

    assertEquals(
        List.of("catalog.yaml", "domains/orders/domain.yaml"),
        files.stream().map(GeneratedFile::path).toList());
    assertEquals(
        "name: orders\nsummary: TODO say what the orders domain is the source of truth for.\n"
            + "owner: platform\n",
        files.get(1).text());
  }

  @Test
  void aNameTheNamingRulesWouldRejectIsAnInputError() {
    CatalogException e =
        assertThrows(CatalogException.class, () -> Scaffold.init("acme", "Platform", "orders"));
    assertEquals(
        "team \"Platform\" is not lower-kebab-case, such as \"order-service\"", e.getMessage());
  }
}
