package dev.eventcontracts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventcontracts.diff.ContractDiff;
import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.Severity;
import dev.eventcontracts.testing.DiffFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON a tool reads: every key always there, in a fixed order. */
class DiffJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void breakingFieldTypeChange() throws Exception {
    ContractDiff diff =
        new DiffFixture(temp)
            .edit(
                "schemas/acme/messaging/v1/message_sent.proto",
                "string sender_id = 3",
                "int64 sender_id = 3")
            .diff(
                List.of(
                    new Finding(
                        "FIELD_WIRE_COMPATIBLE_TYPE",
                        Severity.ERROR,
                        SourceLocation.of("schemas/acme/messaging/v1/message_sent.proto"),
                        "MessageSent",
                        "field 3 \"sender_id\" changed type")));

    JsonNode json = MAPPER.readTree(DiffJson.render(diff));

    assertEquals(
        List.of(
            "tool",
            "command",
            "catalog",
            "against",
            "againstHoldsCatalog",
            "summary",
            "events",
            "breakingOutsideEvents",
            "catalogChanges",
            "approvals",
            "notes"),
        keys(json));
    assertTrue(json.get("againstHoldsCatalog").asBoolean());
    assertEquals(1, json.get("summary").get("breaking").asInt());
    JsonNode event = json.get("events").get(0);
    assertEquals("MessageSent", event.get("name").asText());
    assertEquals(
        List.of("archiver", "bi-ingest"),
        MAPPER.convertValue(event.get("consumersAffected"), List.class));
    JsonNode finding = event.get("breaking").get(0);
    assertEquals(
        List.of("rule", "severity", "file", "line", "column", "event", "message"), keys(finding));
    assertTrue(finding.get("line").isNull());
    JsonNode change = event.get("changes").get(0);
    assertEquals(List.of("aspect", "change", "element", "old", "new"), keys(change));
    assertEquals("field_type", change.get("aspect").asText());
    assertEquals("sender_id", change.get("element").asText());
    assertEquals("string", change.get("old").asText());
    assertEquals("int64", change.get("new").asText());
  }

  @Test
  void noChangeIsAnEmptyDiffNotAnEmptyDocument() throws Exception {
    JsonNode json = MAPPER.readTree(DiffJson.render(new DiffFixture(temp).diff()));

    assertEquals(0, json.get("summary").get("events").asInt());
    assertEquals(0, json.get("events").size());
    assertEquals(0, json.get("approvals").size());
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
