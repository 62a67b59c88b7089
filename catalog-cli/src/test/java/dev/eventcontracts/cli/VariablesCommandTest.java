package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code catalog variables --env ENV}: the secrets a release step must be handed, and no more. */
class VariablesCommandTest {

  private static final Path EXAMPLE = Path.of("../example-catalog").toAbsolutePath().normalize();

  /** None of the variables is set: listing them must not need them. */
  private static CliRun run(Path folder, String... args) {
    Invocation bare =
        Invocation.current()
            .withEnvironment(Map.of())
            .withTerminal(false)
            .withWorkingDirectory(folder);
    return CliRun.in(bare, args);
  }

  @Test
  void prodReadsItsRegistryItsCredentialsAndTheRegistryOfQaItPromotesFrom() {
    CliRun run = run(EXAMPLE, "variables", "--env", "prod", EXAMPLE.toString());

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals(
        "PROD_SCHEMA_REGISTRY_URL\nQA_SCHEMA_REGISTRY_URL\nSR_PASSWORD\nSR_USER\n", run.out());
    assertEquals("", run.err());
  }

  @Test
  void devReadsItsRegistryAloneFoundFromASubFolder() {
    CliRun run = run(EXAMPLE.resolve("schemas/acme"), "variables", "-e", "dev");

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("DEV_SCHEMA_REGISTRY_URL\n", run.out());
  }

  @Test
  void anUnknownEnvironmentIsExitTwoNamingTheOnesThereAre() {
    CliRun run = run(EXAMPLE, "variables", "--env", "staging");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertEquals("", run.out());
    assertEquals(
        "catalog: catalog.yaml: no environment \"staging\" (it has: dev, qa, prod)\n", run.err());
  }

  @Test
  void envIsRequired() {
    CliRun run = run(EXAMPLE, "variables");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertEquals(
        "catalog: Missing required option: '--env=ENV'\n"
            + "Try 'catalog variables --help' for more information.\n",
        run.err());
  }
}
