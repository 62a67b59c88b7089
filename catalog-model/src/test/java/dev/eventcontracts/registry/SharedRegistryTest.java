package dev.eventcontracts.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.testing.TestCatalog;
import dev.eventcontracts.testkit.FaultProxy;
import dev.eventcontracts.testkit.RegistryExtension;
import dev.eventcontracts.testkit.RegistryTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A registry shared with other teams: the catalog manages the subjects under its prefix. */
class SharedRegistryTest {

  @RegisterExtension static final RegistryExtension registry = new RegistryExtension();

  static final String OTHER_TEAM = "billing.invoice-paid.v1-value";
  static final String STRAY = "messaging.stray.v1-value";

  @TempDir Path dir;
  TestCatalog files;
  RegistryFixture catalog;
  FaultProxy proxy;

  @BeforeEach
  void setUp() {
    files = TestCatalog.in(dir);
    files.replace("catalog.yaml", "reviewers:", "subjects: { prefix: \"messaging.\" }\nreviewers:");
    proxy = new FaultProxy(registry.url());
    catalog = RegistryFixture.at(dir).registry("dev", proxy.url());
    HttpRegistryClient operator = RegistryFixture.client(registry.url());
    operator.register(OTHER_TEAM, LargeRegistryTest.schema("InvoicePaid"));
    operator.register(STRAY, LargeRegistryTest.schema("Stray"));
  }

  @AfterEach
  void tearDown() {
    proxy.close();
  }

  @RegistryTest
  void deployWritesUnderThePrefixAndVerifyReportsOnlyStraysThere() {
    assertEquals(0, catalog.deploy("dev").exitCode());

    assertEquals(
        List.of(
            "PUT /apis/ccompat/v7/config/messaging.message-sent.v1-value",
            "POST /apis/ccompat/v7/subjects/messaging.message-sent.v1-value/versions?normalize=true"),
        proxy.writes().stream().map(r -> r.method() + " " + r.path()).toList());
    assertEquals(
        List.of(
            "catalog.yaml:21:3: SUBJECT_UNMANAGED error Subject \""
                + STRAY
                + "\" in dev is not managed by the catalog; add its event to the catalog or"
                + " delete it."),
        catalog.verify("dev", true).report().findings().stream()
            .map(f -> f.location() + ": " + f.rule() + " " + f.severity().id() + " " + f.message())
            .toList());
  }

  @RegistryTest
  void anEventWhoseSubjectLiesOutsideThePrefixIsRefusedBeforeTheRegistryIsAsked() {
    files.replace(TestCatalog.EVENT_FILE, "name: messaging.", "name: billing.");
    files.replace("catalog.yaml", "topic: \"{domain}", "topic: \"billing");

    CatalogException refused = assertThrows(CatalogException.class, () -> catalog.deploy("dev"));

    assertEquals(2, refused.exitCode());
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":8:13: subject \"billing.message-sent.v1-value\" of event MessageSent is outside"
                + " the part of the registry this catalog manages: subjects.prefix of catalog.yaml"
                + " is \"messaging.\"; name the topic so that its subject starts with it"),
        refused.problems());
    assertEquals(List.of(), proxy.requests());
  }
}
