package dev.eventcontracts.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.engine.DeployResult;
import dev.eventcontracts.testkit.FaultProxy;
import dev.eventcontracts.testkit.RegistryExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog deploy} of the example catalog to a real, empty registry. */
class DeployTest {

  @RegisterExtension static final RegistryExtension registry = new RegistryExtension();

  @TempDir Path dir;
  RegistryFixture catalog;
  FaultProxy proxy;

  @BeforeEach
  void setUp() {
    proxy = new FaultProxy(registry.url());
    catalog = new RegistryFixture(dir).registry("dev", proxy.url());
  }

  @AfterEach
  void tearDown() {
    proxy.close();
  }

  @Test
  void exampleCatalogDeploysToAnEmptyRegistry() {
    DeployResult result = catalog.deploy("dev");
    System.out.println(DeployReportText.render(result.deploy()));
    assertEquals(0, result.exitCode());
    assertTrue(result.deploy().registrations() > 0);
  }

  @Test
  void secondDeployMakesNoWrites() {
    catalog.deploy("dev");
    proxy.clear();
    DeployResult again = catalog.deploy("dev");
    System.out.println(DeployReportText.render(again.deploy()));
    assertEquals(List.of(), proxy.writes());
  }
}
