package dev.eventcontracts.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.engine.DeployResult;
import dev.eventcontracts.engine.VerifyResult;
import dev.eventcontracts.report.DeployFormat;
import dev.eventcontracts.testkit.FaultProxy;
import dev.eventcontracts.testkit.RegistryExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The registry password reaches the registry and nowhere else: no report, no error message. */
class SecretsTest {

  @RegisterExtension static final RegistryExtension registry = new RegistryExtension();

  static final String PASSWORD = "pa55-Wd.never-print-me";
  static final String USER = "release-bot";

  @TempDir Path dir;
  RegistryFixture catalog;
  FaultProxy prod;

  @BeforeEach
  void setUp() {
    prod = new FaultProxy(registry.url());
    // dev and qa share one registry, so prod's gate (qa) passes once dev is deployed
    catalog =
        new RegistryFixture(dir)
            .registry("dev", registry.url())
            .registry("qa", registry.url())
            .registry("prod", prod.url())
            .env("SR_USER", USER)
            .env("SR_PASSWORD", PASSWORD);
  }

  @AfterEach
  void tearDown() {
    prod.close();
  }

  static List<String> forms() {
    String basic =
        Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return List.of(PASSWORD, basic);
  }

  static void assertNoSecret(String where, String text) {
    for (String secret : forms()) {
      assertFalse(text.contains(secret), "the password appears in " + where + ":\n" + text);
    }
  }

  static String everything(Throwable e) {
    List<String> parts = new ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      parts.add(String.valueOf(t.getMessage()));
      parts.add(t.toString());
    }
    return String.join("\n", parts);
  }

  @Test
  void aDeployWithCredentialsPrintsNoSecret() {
    prod.requireAuthorization("Basic " + forms().get(1));
    catalog.deploy("dev");

    DeployResult result = catalog.deploy("prod");
    VerifyResult verify = catalog.verify("prod", true);

    assertEquals(0, result.exitCode(), String.join("\n", result.deploy().refusals()));
    assertNoSecret("the text report", DeployFormat.TEXT.render(result.deploy()));
    assertNoSecret("the JSON report", DeployFormat.JSON.render(result.deploy()));
    assertNoSecret("the verify report", verify.report().toString());
    assertNoSecret("the registry's name", result.deploy().registry());
  }

  @Test
  void rejectedCredentialsAreReportedWithoutTheSecret() {
    prod.requireAuthorization("Basic something-else");
    catalog.deploy("dev");

    CatalogException e = assertThrows(CatalogException.class, () -> catalog.deploy("prod"));

    assertEquals(CatalogException.INPUT, e.exitCode());
    assertEquals(
        "POST "
            + prod.url()
            + "/subjects/acme%2Fcommon%2Fv1%2Factor.proto?normalize=true answered 401 (registry"
            + " error 401): authentication failed: check the credentials named in catalog.yaml —"
            + " Unauthorized",
        e.problems().get(0));
    assertNoSecret("the error", everything(e));
  }

  @Test
  void anUnreachableRegistryIsReportedWithoutTheSecret() {
    prod.close();
    catalog.deploy("dev");

    CatalogException e = assertThrows(CatalogException.class, () -> catalog.deploy("prod"));

    assertEquals(CatalogException.UNREACHABLE, e.exitCode());
    assertNoSecret("the error", everything(e));
  }
}
