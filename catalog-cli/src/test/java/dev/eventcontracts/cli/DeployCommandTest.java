package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventcontracts.testkit.RegistryExtension;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DeployCommandTest {

  @RegisterExtension static final RegistryExtension registry = new RegistryExtension();

  @TempDir Path dir;

  @Test
  void aDryRunPlansAndWritesNothing() {
    FixtureCatalog catalog = FixtureCatalog.withEvent(dir, registry.url());

    CliRun plan = CliRun.catalog("deploy", catalog.dir(), "--env", "dev", "--dry-run");

    assertEquals(ExitCode.OK, plan.exitCode(), plan.err());
    assertTrue(plan.out().startsWith("Plan for dev ("), plan.out());
    assertTrue(plan.out().contains("+ register"), plan.out());
    assertTrue(plan.out().contains("chat.ping.v1-value"), plan.out());
    CliRun verify = CliRun.catalog("verify", catalog.dir(), "--env", "dev");
    assertEquals(ExitCode.FINDINGS, verify.exitCode(), "the dry run registered nothing");
  }

  @Test
  void aDeployRegistersThenASecondOneLeavesEverythingAlone() throws Exception {
    FixtureCatalog catalog = FixtureCatalog.withEvent(dir, registry.url());

    CliRun first = CliRun.catalog("deploy", catalog.dir(), "--env", "dev");
    CliRun second = CliRun.catalog("deploy", catalog.dir(), "--env", "dev", "--format", "json");

    assertEquals(ExitCode.OK, first.exitCode(), first.err());
    assertTrue(first.out().startsWith("Deploy for dev ("), first.out());
    assertEquals(ExitCode.OK, second.exitCode(), second.err());
    JsonNode json = new ObjectMapper().readTree(second.out());
    assertEquals("unchanged", json.get("status").asText());
  }

  @Test
  void lintErrorsRefuseTheDeployAndAreShown() {
    FixtureCatalog catalog =
        FixtureCatalog.withEvent(dir, registry.url())
            .file("services/pinger.yaml", "name: pinger\nowner: nobody\nsummary: Pings.\n");

    CliRun run = CliRun.catalog("deploy", catalog.dir(), "--env", "dev");

    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
    assertTrue(run.err().contains("services/pinger.yaml:2:"), run.err());
    assertTrue(run.out().contains("lint found 1 errors"), run.out());
  }

  @Test
  void anUnreachableRegistryExitsThreeNamingTheUrl() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closedPort + "/apis/ccompat/v7";
    FixtureCatalog catalog = FixtureCatalog.withEvent(dir, url);

    CliRun run = CliRun.catalog("deploy", catalog.dir(), "--env", "dev", "--dry-run");

    assertEquals(ExitCode.UNREACHABLE, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("catalog: "), run.err());
    assertTrue(run.err().contains("127.0.0.1:" + closedPort), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
  }

  @Test
  void anUnknownEnvironmentExitsTwoListingTheKnownOnes() {
    FixtureCatalog catalog = FixtureCatalog.withEvent(dir, registry.url());

    CliRun run = CliRun.catalog("deploy", catalog.dir(), "--env", "prod");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertEquals("catalog: catalog.yaml: no environment \"prod\" (it has: dev)\n", run.err());
  }
}
