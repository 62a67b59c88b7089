package dev.eventcontracts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventcontracts.model.CompatibilityMode;
import dev.eventcontracts.registry.DeployReport;
import dev.eventcontracts.registry.SubjectChange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deploy report shows what refused it the way every other report does. */
class DeployReportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final DeployReport PLANNED =
      new DeployReport(
          "dev",
          "http://registry.example",
          true,
          List.of(
              new SubjectChange(
                  "chat.room-created.v1-value",
                  "schemas/acme/chat/v1/room_created.proto",
                  List.of("RoomCreated"),
                  true,
                  true,
                  null,
                  null,
                  CompatibilityMode.BACKWARD)),
          List.of(),
          List.of());

  private static final DeployReport REFUSED_BY_LINT =
      new DeployReport(
          "dev",
          "http://registry.example",
          false,
          List.of(),
          List.of("lint found 2 errors; fix them first (catalog lint shows them)"),
          List.of());

  @Test
  void aDeployLintRefusedListsTheLintFindingsAsLintPrintsThemBeforeThePlan() {
    String text = DeployFormat.TEXT.render(REFUSED_BY_LINT, SampleReports.lintWithFindings());

    String lint = ReportFormat.TEXT.render(SampleReports.lintWithFindings());
    String findings = lint.substring(0, lint.indexOf("note: "));
    assertTrue(text.startsWith(findings + "Deploy for dev (http://registry.example)\n"), text);
    assertTrue(text.contains("\nRefused:\n  lint found 2 errors;"), text);
  }

  @Test
  void itsJsonHoldsTheLintFindingsAsTheLintReportDoes() throws Exception {
    JsonNode deploy =
        MAPPER.readTree(
            DeployFormat.JSON.render(REFUSED_BY_LINT, SampleReports.lintWithFindings()));
    JsonNode lint = MAPPER.readTree(ReportFormat.JSON.render(SampleReports.lintWithFindings()));

    assertEquals("refused", deploy.get("status").asText());
    assertEquals(lint.get("findings"), deploy.get("lint"));
  }

  @Test
  void aDeployLintDidNotRefuseShowsNoLint() throws Exception {
    Report warningsOnly =
        new Report(
            "lint",
            List.of(SampleReports.EVENT_NO_CONSUMERS),
            SampleReports.lintWithFindings().findings().stream()
                .filter(f -> f.rule().equals("EVENT_NO_CONSUMERS"))
                .toList(),
            List.of());

    String text = DeployFormat.TEXT.render(PLANNED, warningsOnly);
    JsonNode json = MAPPER.readTree(DeployFormat.JSON.render(PLANNED, warningsOnly));

    assertTrue(text.startsWith("Plan for dev (http://registry.example)\n\n  + register "), text);
    assertEquals(0, json.get("lint").size());
    assertEquals("planned", json.get("status").asText());
  }

  @Test
  void itsJsonIsWrittenLikeEveryOtherJsonDocument() {
    String json = DeployFormat.JSON.render(PLANNED);

    assertTrue(json.startsWith("{\n  \"tool\": \"catalog\",\n  \"command\": \"deploy\",\n"), json);
    assertTrue(json.contains("\n      \"events\": [\n        \"RoomCreated\"\n      ],\n"), json);
    assertTrue(json.endsWith("\n}\n"), json);
    assertTrue(!json.contains("\r"), "\\n line ends only");
  }
}
