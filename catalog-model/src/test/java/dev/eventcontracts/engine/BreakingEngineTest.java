package dev.eventcontracts.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.testing.CatalogChange;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog breaking} end to end: what fails, and every way a reviewed break gets through —
 * switched off, ignored under a path, exempted in the proto, or approved with an expiry.
 */
class BreakingEngineTest {

  @TempDir Path dir;

  static final String BODY_DELETED =
      "schemas/acme/messaging/v1/message_sent.proto:8:1: Previously present field \"4\" with name"
          + " \"body\" on message \"MessageSent\" was deleted without reserving the number \"4\".";

  private CatalogChange bodyDeleted() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .now()
        .replace(TestCatalog.PROTO_FILE, "  // The text of the message.\n  string body = 4;\n", "")
        .replace(TestCatalog.EXAMPLE_FILE, "  \"body\": \"hello\",\n", "");
    return change;
  }

  private CatalogChange withBreaking(CatalogChange change, String breakingYaml) {
    change.now().replace("catalog.yaml", "reviewers:", breakingYaml + "reviewers:");
    return change;
  }

  @Test
  void anUnchangedCatalogPasses() {
    BreakingResult result = CatalogChange.in(dir).breaking();
    assertFalse(result.failed());
    assertEquals(List.of(), result.report().notes());
    assertEquals("breaking", result.report().command());
    assertEquals(38, result.report().rules().size());
  }

  @Test
  void aBreakFailsNamingTheEvent() {
    BreakingResult result = bodyDeleted().breaking();
    assertTrue(result.failed());
    assertEquals(
        List.of(BODY_DELETED),
        result.report().findings().stream().map(TestCatalog::describe).toList());
    assertEquals("MessageSent", result.report().findings().get(0).event());
  }

  @Test
  void exceptSwitchesARuleOrACategoryOff() {
    assertFalse(
        withBreaking(bodyDeleted(), "breaking: { except: [FIELD_NO_DELETE] }\n")
            .breaking()
            .failed());
  }

  @Test
  void exceptByCategory() {
    assertFalse(withBreaking(bodyDeleted(), "breaking: { except: [WIRE] }\n").breaking().failed());
  }

  @Test
  void ignoreSwitchesARuleOffUnderAPath() {
    CatalogChange change =
        withBreaking(
            bodyDeleted(), "breaking: { ignore: { FIELD_NO_DELETE: [\"schemas/acme/**\"] } }\n");
    assertFalse(change.breaking().failed());
  }

  @Test
  void aCatalogIgnoreCommentAboveTheMessageExemptsIt() {
    CatalogChange change = bodyDeleted();
    change
        .now()
        .replace(
            TestCatalog.PROTO_FILE,
            "// A chat message was sent.\n",
            "// A chat message was sent.\n// catalog:ignore FIELD_NO_DELETE\n");
    assertFalse(change.breaking().failed());
  }

  @Test
  void anApprovedExceptionLetsTheBreakThroughAndSaysSo() {
    CatalogChange change =
        withBreaking(
            bodyDeleted(),
            """
            breaking:
              exceptions:
                - { rule: FIELD_NO_DELETE, event: MessageSent, reason: "body moved to MessageSentV2",
                    approvedBy: "@acme/architecture", expires: 2026-12-31 }
            """);
    BreakingResult result = change.breaking();
    assertFalse(result.failed());
    assertEquals(1, result.applied().size());
    assertEquals(
        List.of(
            "Approved exception at catalog.yaml:25:7 let through FIELD_NO_DELETE at "
                + BODY_DELETED.replace(": Previously", ": Previously")
                + " Reason: \"body moved to MessageSentV2\", approved by @acme/architecture, until"
                + " 2026-12-31."),
        result.report().notes());
  }

  @Test
  void anExpiredExceptionNoLongerAppliesAndIsReported() {
    CatalogChange change =
        withBreaking(
            bodyDeleted(),
            """
            breaking:
              exceptions:
                - { rule: FIELD_NO_DELETE, event: MessageSent, reason: "body moved to MessageSentV2",
                    approvedBy: "@acme/architecture", expires: 2026-05-31 }
            """);
    BreakingResult result = change.breaking();
    assertTrue(result.failed());
    assertEquals(1, result.expired().size());
    assertEquals(
        List.of(
            "Exception at catalog.yaml:25:7 for FIELD_NO_DELETE on event \"MessageSent\" expired"
                + " on 2026-05-31 and no longer applies."),
        result.report().notes());
  }

  @Test
  void anExceptionWithoutApproverIsNotApplied() {
    CatalogChange change =
        withBreaking(
            bodyDeleted(),
            """
            breaking:
              exceptions:
                - { rule: FIELD_NO_DELETE, path: schemas/acme, reason: "moved", expires: 2026-12-31 }
            """);
    BreakingResult result = change.breaking();
    assertTrue(result.failed());
    assertEquals(
        List.of("Exception at catalog.yaml:25:7 is not applied: it has no approvedBy."),
        result.report().notes());
  }

  @Test
  void anExceptionForAnotherEventDoesNotApply() {
    CatalogChange change =
        withBreaking(
            bodyDeleted(),
            """
            breaking:
              exceptions:
                - { rule: FIELD_NO_DELETE, event: RoomCreated, reason: "r", approvedBy: "@a",
                    expires: 2026-12-31 }
            """);
    BreakingResult result = change.breaking();
    assertTrue(result.failed());
    assertEquals(
        List.of(
            "Exception at catalog.yaml:25:7 for FIELD_NO_DELETE on event \"RoomCreated\" matched"
                + " no finding; remove it once the break has shipped."),
        result.report().notes());
  }

  /**
   * REF's MessageSent carries a Sender declared in its own file under {@code folder}; now the field
   * is reserved and the file deleted, so only MESSAGE_NO_DELETE reports, about a file that no
   * longer exists.
   */
  private CatalogChange senderFileDeleted(String folder) {
    String pkg = folder.replace('/', '.');
    CatalogChange change = CatalogChange.in(dir);
    change
        .then()
        .write(
            "schemas/" + folder + "/sender.proto",
            "syntax = \"proto3\";\n\npackage "
                + pkg
                + ";\n\n// Who sent a message.\nmessage Sender {\n  // The id.\n  string id = 1;\n}\n")
        .replace(
            TestCatalog.PROTO_FILE,
            "import \"google/protobuf/timestamp.proto\";\n",
            "import \"google/protobuf/timestamp.proto\";\nimport \""
                + folder
                + "/sender.proto\";\n")
        .replace(
            TestCatalog.PROTO_FILE,
            "  Channel channel = 5;\n",
            "  Channel channel = 5;\n  // Who sent it.\n  " + pkg + ".Sender sender = 6;\n");
    change
        .now()
        .replace(
            TestCatalog.PROTO_FILE,
            "  Channel channel = 5;\n",
            "  Channel channel = 5;\n  reserved 6, \"sender\";\n");
    return change;
  }

  @Test
  void aDeletedProtoFileIsReportedAtAProtoFileLeftInItsPackageDirectory() {
    assertEquals(
        List.of(
            TestCatalog.PROTO_FILE
                + ":1:1: Previously present message \"acme.messaging.v1.Sender\" was deleted; event"
                + " \"MessageSent\" still carries it. It was declared at"
                + " schemas/acme/messaging/v1/sender.proto:6:1, a file that no longer exists."),
        senderFileDeleted("acme/messaging/v1").findings("MESSAGE_NO_DELETE"));
  }

  @Test
  void aDeletedProtoFileAloneInItsPackageIsReportedAtCatalogYaml() {
    CatalogChange change = senderFileDeleted("acme/people/v1");
    assertEquals(
        List.of(
            "catalog.yaml:1:1: Previously present message \"acme.people.v1.Sender\" was deleted;"
                + " event \"MessageSent\" still carries it. It was declared at"
                + " schemas/acme/people/v1/sender.proto:6:1, a file that no longer exists."),
        change.findings("MESSAGE_NO_DELETE"));
    assertEquals(List.of("MESSAGE_NO_DELETE@catalog.yaml:1"), change.all());
  }

  @Test
  void ignoreGlobsMatchWhereTheDeletedFileWas() {
    CatalogChange change =
        withBreaking(
            senderFileDeleted("acme/people/v1"),
            "breaking: { ignore: { MESSAGE_NO_DELETE: [\"schemas/acme/people/**\"] } }\n");
    assertEquals(List.of(), change.all());
  }

  @Test
  void aDeletedEventWhoseDomainIsGoneTooIsReportedAtCatalogYaml() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .now()
        .delete(TestCatalog.EVENT_FILE)
        .delete(TestCatalog.EXAMPLE_FILE)
        .delete(TestCatalog.DOMAIN_FILE);
    assertEquals(
        List.of(
            "catalog.yaml:1:1: Event \"MessageSent\" was deleted while consumers \"archiver\" still"
                + " read it; mark it deprecated with a sunset date first, and delete it after that"
                + " date. It was declared at "
                + TestCatalog.EVENT_FILE
                + ":1:1, a file that no longer exists."),
        change.findings("EVENT_NO_DELETE"));
  }

  @Test
  void aMalformedCatalogAtRefIsBadInputNamingTheRevision() {
    CatalogChange change = CatalogChange.in(dir);
    change.then().write("catalog.yaml", "catalog: [unclosed\n");
    dev.eventcontracts.CatalogException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            dev.eventcontracts.CatalogException.class, change::breaking);
    assertEquals(2, e.exitCode());
    assertTrue(e.problems().get(0).startsWith("in " + change.then().root()), e.getMessage());
  }

  @Test
  void theEventsEncodingDecidesHowTheTypesItReachesAreChecked() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .then()
        .replace(TestCatalog.EVENT_FILE, "status: active\n", "status: active\nencoding: json\n");
    change
        .now()
        .replace(TestCatalog.EVENT_FILE, "status: active\n", "status: active\nencoding: json\n")
        .replace(TestCatalog.PROTO_FILE, "CHANNEL_WEB = 1;", "CHANNEL_BROWSER = 1;")
        .replace(TestCatalog.EXAMPLE_FILE, "CHANNEL_WEB", "CHANNEL_BROWSER");
    assertEquals(
        List.of("ENUM_VALUE_SAME_NAME@schemas/acme/messaging/v1/message_sent.proto:26"),
        change.all());

    CatalogChange binary = CatalogChange.in(dir.resolve("binary"));
    binary
        .now()
        .replace(TestCatalog.PROTO_FILE, "CHANNEL_WEB = 1;", "CHANNEL_BROWSER = 1;")
        .replace(TestCatalog.EXAMPLE_FILE, "CHANNEL_WEB", "CHANNEL_BROWSER");
    assertEquals(List.of(), binary.all());
  }

  @Test
  void noneOnTheEventChecksNothingButTheLooseningItself() {
    CatalogChange change = bodyDeleted();
    change
        .then()
        .replace(
            TestCatalog.EVENT_FILE, "status: active\n", "status: active\ncompatibility: NONE\n");
    change
        .now()
        .replace(
            TestCatalog.EVENT_FILE, "status: active\n", "status: active\ncompatibility: NONE\n");
    change.now().replace(TestCatalog.EVENT_FILE, "key: conversation_id", "key: tenant_id");
    assertEquals(List.of(), change.all());
  }
}
