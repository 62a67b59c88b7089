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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parallel deploy (8 subjects at once) through a registry that restarts in the middle of it and
 * answers slower than the client waits: the deploy says exactly what it wrote, and what it may have
 * written, and running it again converges with no version registered twice.
 */
class DeployRestartTest {

  @RegisterExtension static final RegistryExtension registry = new RegistryExtension();

  /** Enough retries to wait out a restart of a second or so. */
  static final ClientSettings PATIENT =
      new ClientSettings(
          Duration.ofSeconds(2),
          Duration.ofSeconds(2),
          new RetryPolicy(7, Duration.ofMillis(100), Duration.ofSeconds(1)));

  /** A timeout short enough for a slow answer to miss it. */
  static final ClientSettings HASTY =
      new ClientSettings(
          Duration.ofSeconds(1),
          Duration.ofMillis(500),
          new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100)));

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

  /** The {@code n}th registration, counted from 1. */
  static java.util.function.Predicate<FaultProxy.Request> registration(int n) {
    AtomicInteger seen = new AtomicInteger();
    return r -> DeployFaultTest.registration(r) && seen.incrementAndGet() == n;
  }

  @Test
  void aRestartInTheMiddleOfAParallelDeployIsWaitedOut() {
    proxy.restartWhen(registration(6), Duration.ofMillis(800));

    DeployResult result = catalog.engine.deploy(catalog.deployRequest("dev").withClient(PATIENT));

    assertEquals(0, result.exitCode());
    assertEquals(1, proxy.restarts());
    assertEquals(registered(result.deploy().written()), new TreeSet<>(registryView.subjects()));
    for (SubjectChange change : result.deploy().changes()) {
      assertEquals(List.of(1), registryView.versions(change.subject()), change.subject());
    }
    assertEquals(List.of(), catalog.verify("dev", true).report().findings());
  }

  @Test
  void aRestartLongerThanTheRetriesSaysWhatWasWrittenAndWhatMayHaveBeenAndARerunConverges()
      throws InterruptedException {
    proxy.restartWhen(registration(6), Duration.ofSeconds(2));

    DeployException failure = assertThrows(DeployException.class, () -> catalog.deploy("dev"));

    assertEquals(CatalogException.UNREACHABLE, failure.exitCode());
    assertTrue(
        failure.problems().get(0).matches("(POST|PUT) .*: (cannot connect|connection failed).*"),
        failure.problems().get(0));
    Set<String> written = registered(failure.report().written());
    Set<String> mayBe = registered(failure.inDoubt());
    Set<String> held = new TreeSet<>(registryView.subjects());
    assertTrue(held.containsAll(written), "every write reported is there: " + held);
    Set<String> accounted = new TreeSet<>(written);
    accounted.addAll(mayBe);
    assertTrue(accounted.containsAll(held), "every subject there was reported: " + accounted);
    assertTrue(!mayBe.isEmpty(), "the request cut off by the restart is in doubt");

    while (proxy.requests().isEmpty() || !reachable()) {
      Thread.sleep(100);
    }
    proxy.clear();
    DeployResult rerun = catalog.deploy("dev");

    assertEquals(0, rerun.exitCode());
    for (SubjectChange change : rerun.deploy().changes()) {
      assertEquals(List.of(1), registryView.versions(change.subject()), change.subject());
    }
    Set<String> again = registered(rerun.deploy().written());
    assertTrue(
        again.stream().noneMatch(written::contains), "nothing written before is written again");
    assertEquals(List.of(), catalog.verify("dev", true).report().findings());
  }

  @Test
  void answersSlowerThanTheTimeoutUnderLoadAreRetriedWithoutRegisteringTwice() {
    proxy.failWhen(DeployFaultTest::registration, 8, FaultProxy.delay(Duration.ofSeconds(1)));

    DeployResult result = catalog.engine.deploy(catalog.deployRequest("dev").withClient(HASTY));

    assertEquals(0, result.exitCode());
    for (SubjectChange change : result.deploy().changes()) {
      assertEquals(List.of(1), registryView.versions(change.subject()), change.subject());
    }
    assertEquals(registered(result.deploy().written()), new TreeSet<>(registryView.subjects()));
    assertEquals(List.of(), catalog.verify("dev", true).report().findings());
  }

  @Test
  void answersThatNeverComeInTimeFailInDoubtAndARerunFindsTheWritesDone() {
    proxy.failWhen(
        r -> DeployFaultTest.registration(r) && r.path().contains("/subjects/messaging."),
        1000,
        FaultProxy.delay(Duration.ofSeconds(1)));

    DeployException failure =
        assertThrows(
            DeployException.class,
            () -> catalog.engine.deploy(catalog.deployRequest("dev").withClient(HASTY)));

    assertEquals(CatalogException.UNREACHABLE, failure.exitCode());
    assertTrue(
        failure.problems().get(0).endsWith(": no answer within the timeout (after 3 attempts)"),
        failure.problems().get(0));
    Set<String> mayBe = registered(failure.inDoubt());
    assertTrue(mayBe.stream().allMatch(s -> s.startsWith("messaging.")), mayBe.toString());
    assertTrue(new TreeSet<>(registryView.subjects()).containsAll(mayBe), "they were carried out");

    proxy.clear();
    DeployResult rerun = catalog.deploy("dev");

    assertEquals(0, rerun.exitCode());
    for (SubjectChange change : rerun.deploy().changes()) {
      assertEquals(List.of(1), registryView.versions(change.subject()), change.subject());
    }
    assertTrue(
        registered(rerun.deploy().written()).stream().noneMatch(mayBe::contains),
        "what went in without an answer is found there, not written again");
  }

  private boolean reachable() {
    try {
      RegistryFixture.client(proxy.url()).subjects();
      return true;
    } catch (CatalogException e) {
      return false;
    }
  }

  /** The subjects of {@code + register S ...} or {@code ? register S} lines. */
  private static Set<String> registered(List<String> lines) {
    Set<String> subjects = new TreeSet<>();
    for (String line : lines) {
      String[] words = line.split(" ");
      if (words[1].equals("register")) {
        subjects.add(words[2]);
      }
    }
    return subjects;
  }
}
