package dev.eventcontracts.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eventcontracts.engine.DeployResult;
import dev.eventcontracts.model.CompatibilityMode;
import dev.eventcontracts.testing.TestCatalog;
import dev.eventcontracts.testkit.FaultProxy;
import dev.eventcontracts.testkit.RegistryExtension;
import dev.eventcontracts.testkit.RegistryTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An environment served by three real registries, one per region, us the primary. */
class MultiRegionTest {

  @RegisterExtension static final RegistryExtension us = new RegistryExtension();
  @RegisterExtension static final RegistryExtension eu = new RegistryExtension("qa");
  @RegisterExtension static final RegistryExtension ap = new RegistryExtension("prod");

  static final String SUBJECT = "messaging.message-sent.v1-value";
  static final String REGISTER =
      "POST /apis/ccompat/v7/subjects/" + SUBJECT + "/versions?normalize=true";
  static final String CONFIG = "PUT /apis/ccompat/v7/config/" + SUBJECT;

  @TempDir Path dir;
  TestCatalog files;
  RegistryFixture catalog;
  List<FaultProxy> proxies = new ArrayList<>();

  @BeforeEach
  void setUp() {
    files = TestCatalog.in(dir);
    files.replace(
        "catalog.yaml",
        "prod: { registry: { url: \"${PROD_SCHEMA_REGISTRY_URL}\" }, promoteFrom: dev }",
        """
        prod:
            registries:
              - { name: us, url: "${US_URL}" }
              - { name: eu, url: "${EU_URL}" }
              - { name: ap, url: "${AP_URL}" }""");
    catalog = RegistryFixture.at(dir);
    for (RegistryExtension region : List.of(us, eu, ap)) {
      proxies.add(new FaultProxy(region.url()));
    }
    catalog.env("US_URL", proxies.get(0).url());
    catalog.env("EU_URL", proxies.get(1).url());
    catalog.env("AP_URL", proxies.get(2).url());
  }

  @AfterEach
  void tearDown() {
    proxies.forEach(FaultProxy::close);
  }

  List<String> writes(int region) {
    return proxies.get(region).writes().stream().map(r -> r.method() + " " + r.path()).toList();
  }

  static int id(RegistryExtension region) {
    return RegistryFixture.client(region.url()).latest(SUBJECT).orElseThrow().id();
  }

  List<String> drift() {
    return catalog.verify("prod", true).report().findings().stream()
        .map(f -> f.location() + ": " + f.rule() + " " + f.message())
        .toList();
  }

  @RegistryTest
  void deployWritesEveryRegionReportsTheirSchemaIdsAndARerunWritesNothing() {
    // eu already holds a schema of another catalog, so it gives the catalog's another ID
    RegistryFixture.client(eu.url()).register("zz.other-value", LargeRegistryTest.schema("Other"));

    DeployResult result = catalog.deploy("prod");

    assertEquals(0, result.exitCode());
    assertEquals(
        List.of("prod region us", "prod region eu", "prod region ap"),
        result.regions().stream().map(DeployReport::environment).toList());
    for (int region = 0; region < 3; region++) {
      assertEquals(List.of(CONFIG, REGISTER), writes(region));
    }
    int usId = id(us);
    int euId = id(eu);
    int apId = id(ap);
    // 2.6 numbers schemas per registry; 3.3 gives the same content the same ID everywhere
    assertEquals(
        usId == euId && usId == apId
            ? List.of()
            : List.of(
                SUBJECT
                    + " version 1: schema id "
                    + usId
                    + " in prod region us, "
                    + euId
                    + " in prod region eu, "
                    + apId
                    + " in prod region ap"),
        result.schemaIds());
    List<String> expected = new ArrayList<>();
    for (var other : List.of(List.of("eu", euId), List.of("ap", apId))) {
      if ((int) other.get(1) != usId) {
        expected.add(
            TestCatalog.EVENT_FILE
                + ":8:13: REGION_SAME_SCHEMA_ID Subject \""
                + SUBJECT
                + "\" version 1 has schema ID "
                + other.get(1)
                + " in prod region "
                + other.get(0)
                + " and "
                + usId
                + " in its primary prod region us; a record replicated from one region names a"
                + " schema the other does not resolve to it. Register it in prod region "
                + other.get(0)
                + " with ID "
                + usId
                + " (IMPORT mode).");
      }
    }
    expected.sort(null); // findings come sorted by message
    assertEquals(expected, drift());

    proxies.forEach(FaultProxy::clear);
    DeployResult again = catalog.deploy("prod");
    assertEquals(0, again.exitCode());
    for (int region = 0; region < 3; region++) {
      assertEquals(List.of(), writes(region), "region " + region);
    }
  }

  @RegistryTest
  void aRegionThatRefusesTheSchemaStopsTheDeployBeforeAnyRegionIsWritten() {
    HttpRegistryClient euOperator = RegistryFixture.client(eu.url());
    euOperator.register(
        SUBJECT,
        new SchemaContent(
            TestCatalog.PROTO.replace("string body = 4;", "int64 body = 4;"), List.of()));
    euOperator.setCompatibility(SUBJECT, CompatibilityMode.BACKWARD_TRANSITIVE);
    proxies.forEach(FaultProxy::clear);

    DeployResult result = catalog.deploy("prod");

    assertEquals(1, result.exitCode());
    assertEquals(
        List.of(0, 1, 0), result.regions().stream().map(r -> r.refusals().size()).toList());
    for (int region = 0; region < 3; region++) {
      assertEquals(List.of(), writes(region), "region " + region);
    }
  }

  @RegistryTest
  void aRegionFailingPartWaySaysWhatWasWrittenWhereAndARerunConverges() {
    proxies
        .get(2)
        .failWhen(
            r -> r.method().equals("POST") && r.path().contains("/versions"),
            4,
            FaultProxy.status(503));

    DeployException failed = assertThrows(DeployException.class, () -> catalog.deploy("prod"));

    assertEquals(3, failed.exitCode());
    List<String> lines = failed.problems();
    assertEquals(
        List.of(
            "prod region us was written in full (2 writes) before the failure",
            "prod region eu was written in full (2 writes) before the failure",
            "1 writes were made to prod region ap before the failure:",
            "  ~ compatibility " + SUBJECT + " (unset) -> BACKWARD_TRANSITIVE",
            "running again converges"),
        lines.subList(1, lines.size()));
    proxies.forEach(FaultProxy::clear);

    assertEquals(0, catalog.deploy("prod").exitCode());
    assertEquals(List.of(), writes(0));
    assertEquals(List.of(), writes(1));
    // the subject did not exist there yet, so its level is set again with the registration
    assertEquals(List.of(CONFIG, REGISTER), writes(2));
  }

  @RegistryTest
  void verifyReportsARegionThatLacksASubjectOrHoldsAnotherVersion() {
    assertEquals(0, catalog.deploy("prod").exitCode());
    ap.registry().deleteSubject(SUBJECT);
    HttpRegistryClient euOperator = RegistryFixture.client(eu.url());
    euOperator.setCompatibility(SUBJECT, CompatibilityMode.NONE);
    euOperator.register(
        SUBJECT,
        new SchemaContent(
            TestCatalog.PROTO.replace("string body = 4;", "string body = 4;\n  string extra = 6;"),
            List.of()));

    List<String> drift = drift();

    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":8:13: REGION_SAME_VERSION Subject \""
                + SUBJECT
                + "\" is at version 2 (the catalog's schema is version 1) in prod region eu, at"
                + " version 1 in its primary prod region us; the regions must hold the same"
                + " versions.",
            TestCatalog.EVENT_FILE
                + ":8:13: REGION_SUBJECT_MISSING Subject \""
                + SUBJECT
                + "\" is missing from prod region ap, which its primary prod region us holds; run"
                + " catalog deploy --env prod."),
        drift.stream().filter(d -> !d.contains("REGION_SAME_SCHEMA_ID")).toList());
  }
}
