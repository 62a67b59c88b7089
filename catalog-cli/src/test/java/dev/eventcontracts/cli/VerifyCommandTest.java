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
