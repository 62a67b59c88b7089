package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.testkit.RegistryExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {

  @RegisterExtension static final RegistryExtension registry = new RegistryExtension();

  @TempDir Path dir;

  @Test
  void aRegistryThatMatchesTheCatalogHasNoDrift() {
    FixtureCatalog catalog = FixtureCatalog.withEvent(dir, registry.url());
    assertEquals(ExitCode.OK, CliRun.catalog("deploy", catalog.dir(), "--env", "dev").exitCode());

    CliRun run = CliRun.catalog("verify", catalog.dir(), "--env", "dev");

    assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
    assertEquals("0 errors, 0 warnings\n", run.err());
  }

  /**
   * A url without Apicurio's API path reaches a server that answers 404 to every path: exit 2, as
   * the url is the user's input and asking again will not help (3 is for a registry that cannot be
   * reached or keeps failing), with the URL, the status and the path it most likely needs.
   */
  @Test
  void aRegistryUrlWithoutTheApiPathIsOneLineNamingTheLikelyPath() {
    String root = "http://127.0.0.1:" + registry.registry().port();
    FixtureCatalog catalog = FixtureCatalog.withEvent(dir, root);

    CliRun run = CliRun.catalog("verify", catalog.dir(), "--env", "dev");

    assertEquals(ExitCode.INPUT, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("catalog: GET " + root + "/subjects"), run.err());
    assertTrue(
        run.err()
            .endsWith(
                " answered 404, not a Schema Registry answer: "
                    + root
                    + " (the registry url of environment \"dev\") is not the API root; Apicurio"
                    + " Registry serves it at "
                    + root
                    + "/apis/ccompat/v7\n"),
        run.err());
  }

  @Test
  void aDryRunAgainstTheRootIsRefusedTooNotAPlanOfNewSubjects() {
    String root = "http://127.0.0.1:" + registry.registry().port();
    FixtureCatalog catalog = FixtureCatalog.withEvent(dir, root);

    CliRun run = CliRun.catalog("deploy", catalog.dir(), "--env", "dev", "--dry-run");

    assertEquals(ExitCode.INPUT, run.exitCode(), run.out() + run.err());
    assertEquals("", run.out());
    assertTrue(run.err().contains("/apis/ccompat/v7\n"), run.err());
  }

  @Test
  void aSchemaChangedInGitButNotDeployedIsDrift() {
    FixtureCatalog catalog = FixtureCatalog.withEvent(dir, registry.url());
    assertEquals(ExitCode.OK, CliRun.catalog("deploy", catalog.dir(), "--env", "dev").exitCode());
    catalog.file(
        "schemas/acme/chat/v1/ping.proto",
        """
        syntax = "proto3";
        package acme.chat.v1;
        // A ping.
        message Ping {
          // Who pinged.
          string sender_id = 1;
          // Why.
          string reason = 2;
        }
        """);

    CliRun run = CliRun.catalog("verify", catalog.dir(), "--env", "dev", "--format", "github");

    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().startsWith("::error "), run.out());
    assertTrue(run.out().contains("title=SUBJECT_SCHEMA_DRIFT"), run.out());
  }
}
