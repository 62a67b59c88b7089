package dev.eventcontracts.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.contracts.ContractVersion;
import dev.eventcontracts.testing.GitCatalog;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog version} on a real Git repository whose last release is tag v1.4.0: one case per
 * kind of change.
 */
class VersionEngineTest {

  @TempDir Path dir;

  private GitCatalog repo;

  @BeforeEach
  void release() {
    repo = GitCatalog.create(dir).tag("v1.4.0");
  }

  @AfterEach
  void close() {
    repo.close();
  }

  private TestCatalog catalog() {
    return repo.catalog();
  }

  private ContractVersion version(String against, String current) {
    return new CatalogEngine()
        .version(
            new VersionRequest(
                dir.resolve(GitCatalog.SUB_PATH), against, current, LocalDate.of(2026, 6, 1)))
        .version();
  }

  private ContractVersion version() {
    repo.commit("Change the contracts");
    return version("v1.4.0", null);
  }

  @Test
  void nothingChangedIsAPatch() {
    ContractVersion version = version();

    assertEquals("1.4.1", version.next().toString());
    assertEquals(List.of("no contract changed"), version.reasons());
  }

  @Test
  void aChangeThatNeitherBreaksNorAddsIsAPatch() {
    catalog()
        .replace(
            TestCatalog.EVENT_FILE,
            "summary: A chat message was sent in a conversation.",
            "summary: A chat message was posted in a conversation.");

    ContractVersion version = version();

    assertEquals(ContractVersion.Bump.PATCH, version.bump());
    assertEquals("1.4.1", version.next().toString());
    assertEquals(
        List.of("1 change that neither breaks nor adds an event, field, enum value or topic"),
        version.reasons());
  }

  @Test
  void aBreakIsAMajor() {
    repo.deleteBodyField();

    ContractVersion version = version();

    assertEquals("2.0.0", version.next().toString());
    assertEquals(
        List.of(
            "breaks: schemas/acme/messaging/v1/message_sent.proto:8:1: FIELD_NO_DELETE Previously"
                + " present field \"4\" with name \"body\" on message \"MessageSent\" was deleted"
                + " without reserving the number \"4\"."),
        version.reasons());
  }

  @Test
  void aBreakAnApprovedExceptionLetsThroughIsStillAMajor() {
    repo.deleteBodyField();
    catalog()
        .write(
            "catalog.yaml",
            TestCatalog.CATALOG_YAML
                + """
                breaking:
                  exceptions:
                    - { rule: FIELD_NO_DELETE, event: MessageSent, reason: "body moved out",
                        approvedBy: "@acme/architecture", expires: 2026-12-31 }
                """);

    ContractVersion version = version();

    assertEquals("2.0.0", version.next().toString());
    assertEquals(
        List.of(
            "breaks, let through by an approved exception:"
                + " schemas/acme/messaging/v1/message_sent.proto:8:1: FIELD_NO_DELETE Previously"
                + " present field \"4\" with name \"body\" on message \"MessageSent\" was deleted"
                + " without reserving the number \"4\"."),
        version.reasons());
  }

  @Test
  void anAddedFieldIsAMinor() {
    catalog()
        .replace(
            TestCatalog.PROTO_FILE,
            "  Channel channel = 5;\n",
            "  Channel channel = 5;\n  // Who may read it.\n  string audience = 6;\n");

    ContractVersion version = version();

    assertEquals("1.5.0", version.next().toString());
    assertEquals(
        List.of("field added: MessageSent audience (string audience = 6)"), version.reasons());
  }

  @Test
  void anAddedEnumValueIsAMinor() {
    catalog()
        .replace(
            TestCatalog.PROTO_FILE,
            "  CHANNEL_WEB = 1;\n",
            "  CHANNEL_WEB = 1;\n  // From the mobile app.\n  CHANNEL_MOBILE = 2;\n");

    ContractVersion version = version();

    assertEquals("1.5.0", version.next().toString());
    assertEquals(
        List.of("enum value added: MessageSent channel (CHANNEL_MOBILE = 2)"), version.reasons());
  }

  @Test
  void anAddedTopicIsAMinor() {
    catalog()
        .replace(
            TestCatalog.EVENT_FILE,
            "  - { name: messaging.message-sent.v1, key: conversation_id }\n",
            "  - { name: messaging.message-sent.v1, key: conversation_id }\n"
                + "  - { name: messaging.message-sent-replay.v1, key: conversation_id }\n");

    ContractVersion version = version();

    assertEquals("1.5.0", version.next().toString());
    assertEquals(
        List.of("topic added: MessageSent messaging.message-sent-replay.v1 (key conversation_id)"),
        version.reasons());
  }

  @Test
  void anAddedEventIsAMinor() {
    catalog()
        .write(
            "domains/messaging/events/message-read.yaml",
            TestCatalog.EVENT_YAML
                .replace("name: MessageSent", "name: MessageRead")
                .replace("messaging.message-sent.v1", "messaging.message-read.v1")
                .replace("examples: [ { file: examples/message-sent.json } ]\n", ""));

    ContractVersion version = version();

    assertEquals("1.5.0", version.next().toString());
    assertEquals(List.of("event added: MessageRead"), version.reasons());
  }

  @Test
  void currentComesFromTheCommandLineWhenTheRevisionNamesNoVersion() {
    repo.commit("Nothing new");

    assertEquals("3.1.8", version("main", "3.1.7").next().toString());
    CatalogException e = assertThrows(CatalogException.class, () -> version("main", null));
    assertEquals(
        List.of("--against main names no version; give the version it holds with --current X.Y.Z"),
        e.problems());
    CatalogException bad = assertThrows(CatalogException.class, () -> version("main", "3.1"));
    assertEquals(
        List.of("--current: \"3.1\" is not a version MAJOR.MINOR.PATCH such as 1.4.0"),
        bad.problems());
  }
}
