package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventcontracts.testkit.FaultProxy;
import dev.eventcontracts.testkit.RegistryExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code catalog deploy} and {@code catalog verify} of the example catalog, as a user runs them.
 */
class DeployCommandTest {

  @RegisterExtension static final RegistryExtension registry = new RegistryExtension();

  static final String EXAMPLE = "../example-catalog";
  static final String PASSWORD = "cli-Pa55word-never-shown";

  final Map<String, String> env = new HashMap<>();
  FaultProxy prod;

  @BeforeEach
  void setUp() {
    prod = new FaultProxy(registry.url());
    // dev and qa share one registry, so prod's gate (qa) passes once dev is deployed
    env.put("DEV_SCHEMA_REGISTRY_URL", registry.url());
    env.put("QA_SCHEMA_REGISTRY_URL", registry.url());
    env.put("PROD_SCHEMA_REGISTRY_URL", prod.url());
    env.put("SR_USER", "release");
    env.put("SR_PASSWORD", PASSWORD);
  }

  @AfterEach
  void tearDown() {
    prod.close();
  }

  CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        CatalogCli.create(new PrintWriter(out, true), new PrintWriter(err, true), env)
            .execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  @Test
  void deployTwiceThenVerify() {
    CliRun first = run("deploy", "--env", "dev", EXAMPLE);
    CliRun second = run("deploy", "--env", "dev", EXAMPLE);
    CliRun verify = run("verify", "--env", "dev", "--strict", EXAMPLE);

    assertEquals(ExitCode.OK, first.exitCode(), first.err());
    assertTrue(first.out().contains("  + register       messaging.message-sent.v1-value "));
    assertTrue(first.out().contains("Plan: 22 to register, 0 compatibility to change"));
    assertEquals(ExitCode.OK, second.exitCode(), second.err());
    assertTrue(
        second.out().contains("Plan: 0 to register, 0 compatibility to change, 22 unchanged."));
    assertTrue(second.out().endsWith("No changes: dev matches the catalog.\n"));
    assertEquals(ExitCode.OK, verify.exitCode(), verify.out());
    assertEquals("", verify.out());
    assertEquals("0 errors, 0 warnings\n", verify.err());
  }

  @Test
  void aDryRunAsJsonForPipelines() throws Exception {
    CliRun run = run("deploy", "--env", "dev", "--dry-run", "--format", "json", EXAMPLE);

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("planned", json.path("status").asText());
    assertEquals(22, json.path("summary").path("register").asInt());
    assertEquals(0, json.path("written").size());
  }

  @Test
  void aDryRunAsMarkdownForTheJobSummary() {
    CliRun run = run("deploy", "--env", "dev", "--dry-run", "--format", "markdown", EXAMPLE);

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "## Plan for `dev` at `"
                    + registry.url()
                    + "`\n\n| Subject | Action | Version / compatibility | Events |\n"
                    + "| --- | --- | --- | --- |\n"),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "\n| `messaging.message-sent.v1-value` | register | new subject, FULL_TRANSITIVE |"
                    + " `MessageSent` |\n"),
        run.out());
    assertTrue(
        run.out()
            .endsWith(
                "\n\n**Plan:** 22 to register, 0 compatibility to change, 0 unchanged.\n\n"
                    + "Dry run: nothing was written.\n"),
        run.out());
  }

  @Test
  void verifyReportsDriftAsMarkdownForTheJobSummary() {
    run("deploy", "--env", "dev", EXAMPLE);
    registry.registry().deleteSubject("messaging.message-sent.v1-value");

    CliRun run = run("verify", "--env", "dev", "-f", "markdown", EXAMPLE);

    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
    assertEquals(
        """
        ## catalog verify

        **Drift**: 1 error, 0 warnings (1 REGISTRY).

        | Rule | Severity | Where | Message |
        | --- | --- | --- | --- |
        | [`SUBJECT_MISSING`](https://github.com/eventcontracts/catalog/blob/main/docs/rules.md#subject_missing) | error | `domains/messaging/events/message-sent.yaml:9:13` | Subject "messaging.message-sent.v1-value" is missing from dev; run catalog deploy --env dev. |
        """,
        run.out());
    assertEquals("", run.err(), "the verdict is in the markdown, no summary line");
  }

  @Test
  void verifyReportsDriftAsFindingsAndExitsOne() {
    run("deploy", "--env", "dev", EXAMPLE);
    registry.registry().deleteSubject("messaging.message-sent.v1-value");

    CliRun run = run("verify", "--env", "dev", EXAMPLE);

    assertEquals(ExitCode.FINDINGS, run.exitCode());
    assertEquals(
        "domains/messaging/events/message-sent.yaml:9:13: SUBJECT_MISSING Subject"
            + " \"messaging.message-sent.v1-value\" is missing from dev; run catalog deploy --env"
            + " dev.\n",
        run.out());
  }

  @Test
  void anUnreachableRegistryExitsThreeWithOneClearLine() {
    prod.close();
    run("deploy", "--env", "dev", EXAMPLE);

    CliRun run = run("deploy", "--env", "prod", EXAMPLE);

    assertEquals(ExitCode.UNREACHABLE, run.exitCode());
    assertEquals("", run.out());
    List<String> lines = run.err().lines().toList();
    assertEquals(1, lines.size(), run.err());
    assertTrue(lines.get(0).startsWith("catalog: POST " + prod.url() + "/subjects/"), lines.get(0));
    assertTrue(lines.get(0).contains(": cannot connect"), lines.get(0));
  }

  @Test
  void verifyAgainstAnUnreachableRegistryExitsThreeWithOneClearLine() {
    prod.close();

    CliRun run = run("verify", "--env", "prod", EXAMPLE);

    assertEquals(ExitCode.UNREACHABLE, run.exitCode());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("catalog: GET " + prod.url() + "/subjects/"), run.err());
  }

  @Test
  void anUnknownEnvironmentIsAnInputError() {
    CliRun run = run("deploy", "--env", "staging", EXAMPLE);

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertEquals(
        "catalog: catalog.yaml: no environment \"staging\" (it has: dev, qa, prod)\n", run.err());
  }

  @Test
  void thePasswordNeverAppearsInOutputNorInErrors() {
    String basic =
        Base64.getEncoder()
            .encodeToString(("release:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    prod.requireAuthorization("Basic " + basic);
    run("deploy", "--env", "dev", EXAMPLE);

    CliRun accepted = run("deploy", "--env", "prod", "--verbose", EXAMPLE);
    CliRun json = run("deploy", "--env", "prod", "--format", "json", EXAMPLE);
    CliRun markdown = run("deploy", "--env", "prod", "--dry-run", "--format", "markdown", EXAMPLE);
    CliRun verified = run("verify", "--env", "prod", "--format", "sarif", EXAMPLE);
    prod.requireAuthorization("Basic another");
    CliRun rejected = run("deploy", "--env", "prod", "--verbose", EXAMPLE);

    assertEquals(ExitCode.OK, accepted.exitCode(), accepted.err());
    assertEquals(ExitCode.INPUT, rejected.exitCode(), rejected.err());
    assertTrue(rejected.err().contains("answered 401"), rejected.err());
    for (CliRun run : List.of(accepted, json, markdown, verified, rejected)) {
      for (String secret : List.of(PASSWORD, basic)) {
        assertFalse(run.out().contains(secret), run.out());
        assertFalse(run.err().contains(secret), run.err());
      }
    }
  }
}
