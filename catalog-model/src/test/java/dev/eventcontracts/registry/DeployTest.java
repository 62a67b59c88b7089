package dev.eventcontracts.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventcontracts.engine.DeployResult;
import dev.eventcontracts.report.DeployFormat;
import dev.eventcontracts.testkit.ApicurioVersion;
import dev.eventcontracts.testkit.FaultProxy;
import dev.eventcontracts.testkit.RegistryExtension;
import dev.eventcontracts.testkit.RegistryTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog deploy --env dev} of the example catalog to a real registry. */
class DeployTest {

  @RegisterExtension static final RegistryExtension registry = new RegistryExtension();

  static final String MESSAGE_SENT = "messaging.message-sent.v1-value";
  static final String ENVELOPE = "acme/common/v1/envelope.proto";
  static final String MESSAGE_SENT_PROTO = "schemas/acme/messaging/v1/message_sent.proto";

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

  @RegistryTest
  void exampleCatalogDeploysToAnEmptyRegistry() {
    DeployResult result = catalog.deploy("dev");

    assertEquals(0, result.exitCode());
    List<String> planned =
        result.deploy().changes().stream().map(SubjectChange::subject).sorted().toList();
    assertEquals(planned, registryView.subjects());
    assertTrue(planned.contains(MESSAGE_SENT));
    assertTrue(planned.contains(ENVELOPE), "imports are registered under their file path");
    assertTrue(
        planned.stream().noneMatch(s -> s.startsWith("google/")),
        "well-known types are not registered");
    for (String subject : planned) {
      assertEquals(List.of(1), registryView.versions(subject), subject);
    }
    RegisteredSchema sent = registryView.latest(MESSAGE_SENT).orElseThrow();
    assertEquals(
        List.of(
            new SchemaReference("acme/common/v1/actor.proto", "acme/common/v1/actor.proto", 1),
            new SchemaReference(ENVELOPE, ENVELOPE, 1),
            new SchemaReference(
                "acme/messaging/v1/content.proto", "acme/messaging/v1/content.proto", 1)),
        sent.references());
    assertTrue(sent.schema().contains("message MessageSent {"), "the raw .proto text");
    assertEquals(
        java.util.Optional.of(dev.eventcontracts.model.CompatibilityMode.FULL_TRANSITIVE),
        registryView.compatibility(MESSAGE_SENT));

    String table = DeployFormat.TEXT.render(result.deploy());
    assertTrue(
        table.contains("  + register       " + MESSAGE_SENT + " "),
        "a plan line per subject:\n" + table);
    assertTrue(table.contains("Plan: " + planned.size() + " to register"), table);
  }

  @RegistryTest
  void secondDeployMakesNoWritesAndOneLookupPerUnchangedSubject() {
    int subjects = catalog.deploy("dev").deploy().changes().size();
    proxy.clear();

    DeployResult again = catalog.deploy("dev");

    assertEquals(List.of(), proxy.writes());
    assertEquals(List.of(), again.deploy().written());
    assertEquals(subjects, again.deploy().unchanged());
    long lookups =
        proxy.requests().stream()
            .filter(r -> r.method().equals("POST") && r.path().contains("?normalize=true"))
            .count();
    assertEquals(subjects, lookups);
    assertTrue(
        DeployFormat.TEXT.render(again.deploy()).contains("No changes: dev matches the catalog."));
  }

  @RegistryTest
  void anIncompatibleChangeIsRefusedWithNothingWritten() {
    catalog.deploy("dev");
    catalog.edit(
        MESSAGE_SENT_PROTO,
        "string thread_root_message_id = 8;",
        "int64 thread_root_message_id = 8;");
    proxy.clear();

    DeployResult result = catalog.deploy("dev");

    assertEquals(1, result.exitCode());
    assertEquals(List.of(), result.deploy().written());
    if (registry.version() == ApicurioVersion.V2_6_13) {
      assertEquals(List.of(), proxy.writes());
    } else {
      // 3.3 cannot check a schema with references before registering it: the registration it
      // refuses is the check
      assertEquals(
          List.of("POST /apis/ccompat/v7/subjects/" + MESSAGE_SENT + "/versions?normalize=true"),
          proxy.writes().stream().map(r -> r.method() + " " + r.path()).toList());
    }
    assertEquals(1, result.deploy().refusals().size());
    String refusal = result.deploy().refusals().get(0);
    assertTrue(
        refusal.startsWith(
            "subject \""
                + MESSAGE_SENT
                + "\" (event MessageSent, domains/messaging/events/message-sent.yaml) is"
                + " incompatible with its history in dev: "),
        refusal);
    assertTrue(
        refusal.contains(
            registry.version() == ApicurioVersion.V2_6_13
                ? "not fully compatible"
                : "Field type changed, message MessageSent , before: string , after int64"),
        "the registry's reason: " + refusal);
    assertEquals(List.of(1), registryView.versions(MESSAGE_SENT));
    assertTrue(DeployFormat.TEXT.render(result.deploy()).contains("Nothing was written."));
  }

  @RegistryTest
  void aDryRunPlansAndChecksButWritesNothing() {
    DeployResult result = catalog.engine.deploy(catalog.deployRequest("dev").withDryRun(true));

    assertEquals(0, result.exitCode());
    assertEquals(List.of(), proxy.writes());
    assertEquals(List.of(), registryView.subjects());
    assertTrue(result.deploy().registrations() > 0);
    assertTrue(DeployFormat.TEXT.render(result.deploy()).contains("Dry run: nothing was written."));
  }

  @RegistryTest
  void aCompatibilityChangeAloneIsAppliedWithoutANewVersion() {
    catalog.deploy("dev");
    catalog.edit(
        "domains/messaging/events/message-deleted.yaml",
        "topics:",
        "compatibility: FULL_TRANSITIVE\ntopics:");
    proxy.clear();

    DeployResult result = catalog.deploy("dev");

    assertEquals(
        List.of(
            "~ compatibility messaging.message-deleted.v1-value BACKWARD_TRANSITIVE ->"
                + " FULL_TRANSITIVE"),
        result.deploy().written());
    assertEquals(1, proxy.writes().size());
    assertEquals(List.of(1), registryView.versions("messaging.message-deleted.v1-value"));
    assertTrue(
        DeployFormat.TEXT
            .render(result.deploy())
            .lines()
            .anyMatch(
                line ->
                    line.startsWith("  ~ compatibility  messaging.message-deleted.v1-value ")
                        && line.endsWith(" BACKWARD_TRANSITIVE -> FULL_TRANSITIVE")));
  }

  @RegistryTest
  void lintErrorsRefuseTheDeployBeforeTheRegistryIsAsked() {
    catalog.edit("domains/messaging/events/message-sent.yaml", "owner: messaging", "owner: nobody");

    DeployResult result = catalog.deploy("dev");

    assertEquals(1, result.exitCode());
    assertTrue(result.lint().errors() > 0);
    assertTrue(result.deploy().refusals().get(0).startsWith("lint found "));
    assertEquals(List.of(), proxy.requests());
  }

  @RegistryTest
  void aChangedImportGetsANewVersionAndEverySchemaUsingItIsRepointed() {
    catalog.backwardOnly().deploy("dev");
    catalog.edit(
        "schemas/acme/common/v1/envelope.proto",
        "message Envelope {",
        "message Envelope {\n  // Region the event was produced in.\n  string region = 99;");

    DeployResult result = catalog.deploy("dev");

    assertEquals(0, result.exitCode(), String.join("\n", result.deploy().refusals()));
    assertEquals(List.of(1, 2), registryView.versions(ENVELOPE));
    assertEquals(List.of(1, 2), registryView.versions(MESSAGE_SENT));
    assertTrue(
        registryView
            .latest(MESSAGE_SENT)
            .orElseThrow()
            .references()
            .contains(new SchemaReference(ENVELOPE, ENVELOPE, 2)));
    assertEquals(
        List.of(1),
        registryView.versions("acme/common/v1/actor.proto"),
        "an unchanged import is reused");
    proxy.clear();
    catalog.deploy("dev");
    assertEquals(List.of(), proxy.writes(), "and the next deploy is a no-op again");
  }

  @RegistryTest
  void theJsonReportSaysWhatHappenedForPipelines() throws Exception {
    DeployResult result = catalog.deploy("dev");

    JsonNode json = new ObjectMapper().readTree(DeployFormat.JSON.render(result.deploy()));

    assertEquals("deploy", json.path("command").asText());
    assertEquals("dev", json.path("environment").asText());
    assertEquals("applied", json.path("status").asText());
    assertEquals(result.deploy().changes().size(), json.path("subjects").size());
    assertEquals(result.deploy().changes().size(), json.path("summary").path("register").asInt());
    JsonNode first = json.path("subjects").get(0);
    assertEquals("acme/common/v1/actor.proto", first.path("subject").asText());
    assertEquals("register", first.path("actions").get(0).asText());
  }
}
