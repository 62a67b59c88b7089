package dev.eventcontracts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void holdsToolCommandFindingsSummaryAndNotes() throws Exception {
    JsonNode json = MAPPER.readTree(ReportFormat.JSON.render(SampleReports.lintWithFindings()));

    assertEquals("catalog", json.get("tool").asText());
    assertEquals("lint", json.get("command").asText());
    assertEquals(3, json.get("findings").size());
    JsonNode last = json.get("findings").get(2);
    assertEquals("FIELD_LOWER_SNAKE_CASE", last.get("rule").asText());
    assertEquals("error", last.get("severity").asText());
    assertEquals("schemas/acme/chat/v1/message_sent.proto", last.get("file").asText());
    assertEquals(12, last.get("line").asInt());
    assertEquals(3, last.get("column").asInt());
    assertEquals("MessageSent", last.get("event").asText());
    assertEquals(
        "Field name \"tenantId\" should be lower_snake_case, such as \"tenant_id\".",
        last.get("message").asText());
    assertEquals(2, json.get("summary").get("errors").asInt());
    assertEquals(1, json.get("summary").get("warnings").asInt());
    assertEquals(
        "exception FIELD_NO_DELETE for MessageSent applied (expires 2026-12-31)",
        json.get("notes").get(0).asText());
  }

  @Test
  void everyFindingHasTheSameKeysWithNullForWhatIsUnknown() throws Exception {
    JsonNode json = MAPPER.readTree(ReportFormat.JSON.render(SampleReports.lintWithFindings()));

    JsonNode warning = json.get("findings").get(0);
    assertEquals(
        List.of("rule", "severity", "file", "line", "column", "event", "message"),
        fieldNames(warning));
    assertTrue(warning.get("line").isNull());
    assertTrue(warning.get("column").isNull());
    JsonNode noColumn = json.get("findings").get(1);
    assertEquals(9, noColumn.get("line").asInt());
    assertTrue(noColumn.get("column").isNull());
    assertTrue(noColumn.get("event").isNull());
  }

  @Test
  void aCleanReportHasNoNotesKeyAndZeroCounts() throws Exception {
    String rendered = ReportFormat.JSON.render(SampleReports.clean());

    assertEquals(
        """
        {
          "tool": "catalog",
          "command": "lint",
          "findings": [ ],
          "summary": {
            "errors": 0,
            "warnings": 0
          }
        }
        """,
        rendered);
    assertFalse(MAPPER.readTree(rendered).has("notes"));
  }

  @Test
  void quotesAndControlCharactersSurviveARoundTrip() throws Exception {
    String message = "a \"quoted\"\tname\nsecond line \\ and \u0001";
    JsonNode json =
        MAPPER.readTree(ReportFormat.JSON.render(SampleReports.hostile("a b/ü.proto", message)));

    assertEquals(message, json.get("findings").get(0).get("message").asText());
    assertEquals("a b/ü.proto", json.get("findings").get(0).get("file").asText());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
