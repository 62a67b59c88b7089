package dev.eventcontracts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.model.CompatibilityMode;
import dev.eventcontracts.registry.DeployReport;
import dev.eventcontracts.registry.SubjectChange;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code catalog deploy --format markdown}: the plan and its outcome on a release job's summary.
 */
class DeployReportMarkdownTest {

  private static final SubjectChange NEW_SUBJECT =
      new SubjectChange(
          "chat.room-created.v1-value",
          "schemas/acme/chat/v1/room_created.proto",
          List.of("RoomCreated"),
          true,
          true,
          null,
          null,
          CompatibilityMode.BACKWARD);
  private static final SubjectChange NEW_VERSION_AND_LEVEL =
      new SubjectChange(
          "acme/common/v1/envelope.proto",
          "schemas/acme/common/v1/envelope.proto",
          List.of("MessageSent", "RoomCreated"),
          true,
          false,
          null,
          CompatibilityMode.BACKWARD,
          CompatibilityMode.FULL_TRANSITIVE);
  private static final SubjectChange UNCHANGED =
      new SubjectChange(
          "chat.message-sent.v1-value",
          "schemas/acme/chat/v1/message_sent.proto",
          List.of("MessageSent"),
          false,
          false,
          3,
          CompatibilityMode.FULL_TRANSITIVE,
          CompatibilityMode.FULL_TRANSITIVE);

  @Test
  void aDryRunShowsThePlanAsATable() {
    DeployReport plan =
        new DeployReport(
            "dev",
            "http://registry.example:8081/apis/ccompat/v7",
            true,
            List.of(NEW_VERSION_AND_LEVEL, NEW_SUBJECT, UNCHANGED),
            List.of(),
            List.of());

    assertEquals(
        """
        ## Plan for `dev` at `http://registry.example:8081/apis/ccompat/v7`

        | Subject | Action | Version / compatibility | Events |
        | --- | --- | --- | --- |
        | `acme/common/v1/envelope.proto` | register | new version | `MessageSent`, `RoomCreated` |
        | `acme/common/v1/envelope.proto` | compatibility | BACKWARD → FULL_TRANSITIVE | `MessageSent`, `RoomCreated` |
        | `chat.room-created.v1-value` | register | new subject, BACKWARD | `RoomCreated` |
        | `chat.message-sent.v1-value` | unchanged | version 3 | `MessageSent` |

        **Plan:** 2 to register, 1 compatibility to change, 1 unchanged.

        Dry run: nothing was written.
        """,
        DeployFormat.MARKDOWN.render(plan));
  }

  @Test
  void aDeployRefusedPartWayListsTheRefusalsAndWhatWasWritten() {
    DeployReport refused =
        new DeployReport(
            "prod",
            "https://registry.example",
            false,
            List.of(NEW_SUBJECT),
            List.of("chat.room-created.v1-value: qa does not hold this schema; deploy to qa first"),
            List.of("+ register acme/common/v1/envelope.proto version 2"));

    assertEquals(
        """
        ## Deploy to `prod` at `https://registry.example`

        | Subject | Action | Version / compatibility | Events |
        | --- | --- | --- | --- |
        | `chat.room-created.v1-value` | register | new subject, BACKWARD | `RoomCreated` |

        **Plan:** 1 to register, 0 compatibility to change, 0 unchanged.

        ### Refused

        - chat.room-created.v1-value: qa does not hold this schema; deploy to qa first

        ### Written to `prod`

        - + register acme/common/v1/envelope.proto version 2

        The writes above were made before the refusal; running again converges.
        """,
        DeployFormat.MARKDOWN.render(refused));
  }

  @Test
  void aDeployLintRefusedShowsTheLintFindingsAsTheFindingsTable() {
    DeployReport refused =
        new DeployReport(
            "dev",
            "http://registry.example",
            false,
            List.of(),
            List.of("lint found 2 errors; fix them first (catalog lint shows them)"),
            List.of());

    String markdown = DeployFormat.MARKDOWN.render(refused, SampleReports.lintWithFindings());

    String table = FindingsMarkdown.table(SampleReports.lintWithFindings().findings());
    assertEquals(
        "## Deploy to `dev` at `http://registry.example`\n\n### Lint findings\n\n"
            + table
            + "\n**Plan:** 0 to register, 0 compatibility to change, 0 unchanged.\n\n### Refused\n\n"
            + "- lint found 2 errors; fix them first (catalog lint shows them)\n\n"
            + "Nothing was written.\n",
        markdown);
  }

  @Test
  void aSecondDeploySaysNothingChanged() {
    DeployReport noop =
        new DeployReport(
            "dev", "http://registry.example", false, List.of(UNCHANGED), List.of(), List.of());

    String markdown = DeployFormat.MARKDOWN.render(noop);

    assertEquals(
        "No changes: `dev` matches the catalog.\n",
        markdown.substring(markdown.lastIndexOf("\n\n") + 2));
  }
}
