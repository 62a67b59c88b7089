package dev.eventcontracts.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.engine.DeployResult;
import dev.eventcontracts.testkit.FaultProxy;
import dev.eventcontracts.testkit.RegistryExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Deploys through a network that resets, stalls and answers 503: retried, reported, converged. */
class DeployFaultTest {

  @RegisterExtension static final RegistryExtension registry = new RegistryExtension();

  @TempDir Path dir;
  RegistryFixture catalog;
  FaultProxy proxy;
  HttpRegistryClient registryView;

  @BeforeEach
  void setUp() {
    proxy = new FaultProxy(registry.url());
    catalog = new RegistryFixture(dir).registry("dev", proxy.url());
    registryView = RegistryFixture.client(registry.url());
  }

  @AfterEach
  void tearDown() {
    proxy.close();
  }

  static boolean registration(FaultProxy.Request r) {
    return r.method().equals("POST") && r.path().contains("/versions?");
  }

  @Test
  void retriesCarryADeployThroughResetsStallsAnd503Bursts() {
    proxy
        .failNext(3, FaultProxy.status(503))
        .failWhen(DeployFaultTest::registration, 2, FaultProxy.reset())
        .failWhen(r -> r.path().contains("/config/"), 1, FaultProxy.silence(Duration.ofSeconds(3)))
        .failWhen(DeployFaultTest::registration, 2, FaultProxy.status(502));

    DeployResult result = catalog.deploy("dev");

    assertEquals(0, result.exitCode());
    for (SubjectChange change : result.deploy().changes()) {
      assertEquals(List.of(1), registryView.versions(change.subject()), change.subject());
    }
    assertEquals(
        List.of(), catalog.verify("dev", true).report().findings(), "the registry matches Git");
  }

  @Test
  void aFailurePartWayReportsExactlyWhatWasWrittenAndARerunConverges() {
    // the registry keeps failing for the messaging events only, after the imports went in
    proxy.failWhen(
        r -> registration(r) && r.path().contains("/subjects/messaging."),
        1000,
        FaultProxy.status(503));

    DeployException failure = assertThrows(DeployException.class, () -> catalog.deploy("dev"));

    assertEquals(CatalogException.UNREACHABLE, failure.exitCode());
    assertTrue(
        failure.problems().get(0).matches("POST .*/subjects/messaging\\..* answered 503 .*"),
        failure.problems().get(0));
    List<String> written = failure.report().written();
    assertEquals(
        failure.problems().get(1),
        written.size() + " writes were made to dev before the failure; running again converges:");
    Set<String> registeredPerReport = new TreeSet<>();
    for (String line : written) {
      if (line.startsWith("+ register ")) {
        registeredPerReport.add(line.split(" ")[2]);
      }
    }
    assertEquals(
        registeredPerReport, new TreeSet<>(registryView.subjects()), "the report is exact");
    assertTrue(registeredPerReport.contains("acme/common/v1/envelope.proto"));
    assertTrue(registeredPerReport.stream().noneMatch(s -> s.startsWith("messaging.")));

    proxy.clear();
    DeployResult rerun = catalog.deploy("dev");

    assertEquals(0, rerun.exitCode());
    for (SubjectChange change : rerun.deploy().changes()) {
      assertEquals(List.of(1), registryView.versions(change.subject()), "no duplicate versions");
    }
    assertTrue(
        rerun.deploy().written().stream().noneMatch(w -> w.startsWith("+ register acme/")),
        "what went in before is not written again");
  }

  @Test
  void anUnreachableRegistryIsExit3WithOneClearLine() {
    proxy.close();

    DeployException failure = assertThrows(DeployException.class, () -> catalog.deploy("dev"));

    assertEquals(CatalogException.UNREACHABLE, failure.exitCode());
    assertEquals(
        List.of(
            "POST "
                + proxy.url()
                + "/subjects/acme%2Fcommon%2Fv1%2Factor.proto?normalize=true: cannot connect (is"
                + " the registry running and the url right?) (after 4 attempts)"),
        failure.problems());
    assertEquals(List.of(), failure.report().written());
  }
}
