package dev.eventcontracts.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.engine.VerifyResult;
import dev.eventcontracts.model.CompatibilityMode;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.Severity;
import dev.eventcontracts.testkit.RegistryExtension;
import dev.eventcontracts.testkit.RegistryTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog verify --env dev} finds each kind of drift between the registry and Git. */
class VerifyTest {

  @RegisterExtension static final RegistryExtension registry = new RegistryExtension();

  static final String MESSAGE_SENT = "messaging.message-sent.v1-value";
  static final String ENVELOPE = "acme/common/v1/envelope.proto";
  static final String MESSAGE_SENT_YAML = "domains/messaging/events/message-sent.yaml";

  @TempDir Path dir;
  RegistryFixture catalog;
  HttpRegistryClient operator;

  @BeforeEach
  void deployed() {
    catalog = new RegistryFixture(dir).registry("dev", registry.url());
    assertEquals(0, catalog.deploy("dev").exitCode());
    operator = RegistryFixture.client(registry.url());
  }

  static String line(Finding f) {
    return f.location() + ": " + f.rule() + " " + f.severity().id() + " " + f.message();
  }

  List<String> drift(boolean strict) {
    return catalog.verify("dev", strict).report().findings().stream()
        .map(VerifyTest::line)
        .toList();
  }

  @RegistryTest
  void aFreshDeployHasNoDrift() {
    VerifyResult result = catalog.verify("dev", true);

    assertEquals(List.of(), result.report().findings());
    assertFalse(result.failed());
  }

  @RegistryTest
  void aMissingSubjectIsDrift() {
    registry.registry().deleteSubject(MESSAGE_SENT);

    assertEquals(
        List.of(
            MESSAGE_SENT_YAML
                + ":9:13: SUBJECT_MISSING error Subject \""
                + MESSAGE_SENT
                + "\" is missing from dev; run catalog deploy --env dev."),
        drift(false));
  }

  @RegistryTest
  void aSchemaChangedInGitButNotDeployedIsDrift() {
    catalog.edit(
        "schemas/acme/messaging/v1/message_sent.proto",
        "string thread_root_message_id = 8;",
        "string thread_root_message_id = 8;\n  string language = 9;");

    assertEquals(
        List.of(
            MESSAGE_SENT_YAML
                + ":9:13: SUBJECT_SCHEMA_DRIFT error Subject \""
                + MESSAGE_SENT
                + "\" version 1 in dev differs from schemas/acme/messaging/v1/message_sent.proto in Git;"
                + " deploy the catalog, or bring the change back into Git."),
        drift(false));
  }

  @RegistryTest
  void aVersionRegisteredOutsideTheCatalogIsDrift() {
    RegisteredSchema latest = operator.latest(MESSAGE_SENT).orElseThrow();
    operator.setCompatibility(MESSAGE_SENT, CompatibilityMode.NONE);
    operator.register(
        MESSAGE_SENT,
        new SchemaContent(
            latest.schema().replace("string thread_root_message_id = 8;", "string hotfix = 8;"),
            latest.references()));
    operator.setCompatibility(MESSAGE_SENT, CompatibilityMode.FULL_TRANSITIVE);

    assertEquals(
        List.of(
            MESSAGE_SENT_YAML
                + ":9:13: SUBJECT_SCHEMA_DRIFT error Subject \""
                + MESSAGE_SENT
                + "\" holds the schema of schemas/acme/messaging/v1/message_sent.proto as version 1, but"
                + " its latest version 2 in dev was registered outside the catalog."),
        drift(false));
  }

  @RegistryTest
  void aCompatibilityLevelChangedInTheRegistryIsDrift() {
    operator.setCompatibility(MESSAGE_SENT, CompatibilityMode.NONE);

    assertEquals(
        List.of(
            MESSAGE_SENT_YAML
                + ":9:13: SUBJECT_COMPATIBILITY_DRIFT error Subject \""
                + MESSAGE_SENT
                + "\" has compatibility NONE in dev, the catalog says FULL_TRANSITIVE; run catalog"
                + " deploy --env dev."),
        drift(false));
  }

  @RegistryTest
  void aSchemaPointingAtAnotherVersionOfAnImportIsDrift() {
    RegisteredSchema envelope = operator.latest(ENVELOPE).orElseThrow();
    RegisteredSchema sent = operator.latest(MESSAGE_SENT).orElseThrow();
    // Apicurio 3.3 refuses an added field under FULL; the operator does not care
    operator.setCompatibility(ENVELOPE, CompatibilityMode.NONE);
    operator.register(
        ENVELOPE,
        new SchemaContent(
            envelope.schema().replace("message Envelope {", "message Envelope {\n  string x = 90;"),
            List.of()));
    operator.register(
        MESSAGE_SENT,
        new SchemaContent(
            sent.schema(),
            sent.references().stream()
                .map(
                    r ->
                        r.subject().equals(ENVELOPE)
                            ? new SchemaReference(r.name(), r.subject(), 2)
                            : r)
                .toList()));

    List<String> drift = drift(false);

    assertTrue(
        drift.contains(
            MESSAGE_SENT_YAML
                + ":9:13: SUBJECT_REFERENCE_DRIFT error Subject \""
                + MESSAGE_SENT
                + "\" version 2 references "
                + ENVELOPE
                + " version 2, but the version holding the file in Git is 1; run catalog deploy"
                + " --env dev."),
        String.join("\n", drift));
    assertTrue(
        drift.stream()
            .anyMatch(
                d ->
                    d.startsWith(
                        "schemas/"
                            + ENVELOPE
                            + ": SUBJECT_SCHEMA_DRIFT error Subject \""
                            + ENVELOPE)),
        "the import itself drifted too: " + String.join("\n", drift));
  }

  @RegistryTest
  void anUnmanagedSubjectWarnsAndStrictMakesItAnError() {
    operator.register(
        "legacy.audit-log-value",
        new SchemaContent(
            "syntax = \"proto3\";\nmessage AuditLog { string id = 1; }\n", List.of()));

    VerifyResult lenient = catalog.verify("dev", false);
    VerifyResult strict = catalog.verify("dev", true);

    assertEquals(
        List.of(
            "catalog.yaml:33:3: SUBJECT_UNMANAGED warning Subject \"legacy.audit-log-value\" in dev"
                + " is not managed by the catalog; add its event to the catalog or delete it."),
        lenient.report().findings().stream().map(VerifyTest::line).toList());
    assertFalse(lenient.failed());
    assertEquals(Severity.ERROR, strict.report().findings().get(0).severity());
    assertTrue(strict.failed());
  }
}
