package dev.eventcontracts.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The variables a pipeline must hand to deploy and verify, and no others. */
class VariablesTest {

  @TempDir Path dir;

  private TestCatalog withEnvironments() {
    return TestCatalog.in(dir)
        .replace(
            "catalog.yaml",
            "  prod: { registry: { url: \"${PROD_SCHEMA_REGISTRY_URL}\" }, promoteFrom: dev }",
            """
              qa:   { registry: { url: "https://${QA_HOST}/apis/ccompat/v7" }, promoteFrom: dev }
              prod:
                registry:
                  url: "${PROD_SCHEMA_REGISTRY_URL}"
                  basicAuth: { usernameEnv: SR_USER, passwordEnv: SR_PASSWORD }
                  truststore: { path: certs/prod.jks, passwordEnv: PROD_TRUSTSTORE_PASSWORD }
                promoteFrom: qa\
            """);
  }

  private List<String> names(String env) {
    return new CatalogEngine().variables(new VariablesRequest(dir, env)).names();
  }

  @Test
  void anEnvironmentNeedsItsRegistryVariables() {
    withEnvironments();
    assertEquals(List.of("DEV_SCHEMA_REGISTRY_URL"), names("dev"));
  }

  @Test
  void aGatedEnvironmentAlsoNeedsTheRegistryItPromotesFrom() {
    withEnvironments();
    assertEquals(List.of("DEV_SCHEMA_REGISTRY_URL", "QA_HOST"), names("qa"));
    assertEquals(
        List.of(
            "PROD_SCHEMA_REGISTRY_URL",
            "PROD_TRUSTSTORE_PASSWORD",
            "QA_HOST",
            "SR_PASSWORD",
            "SR_USER"),
        names("prod"));
  }

  @Test
  void anUnknownEnvironmentIsAnInputError() {
    withEnvironments();
    CatalogException error = assertThrows(CatalogException.class, () -> names("staging"));
    assertEquals(CatalogException.INPUT, error.exitCode());
    assertEquals(
        List.of("catalog.yaml: no environment \"staging\" (it has: dev, qa, prod)"),
        error.problems());
  }
}
