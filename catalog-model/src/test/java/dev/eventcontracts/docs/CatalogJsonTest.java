package dev.eventcontracts.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogJsonTest {

  @Test
  void whatTheCatalogLeavesOutIsNullAndEveryKeyIsThere(@TempDir Path dir) throws Exception {
    Catalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.EVENT_FILE, "version: 1\n", "")
            .replace(
                TestCatalog.EVENT_FILE, "summary: A chat message was sent in a conversation.\n", "")
            .replace(TestCatalog.EVENT_FILE, ", key: conversation_id", "")
            .lint()
            .catalog();

    String text = CatalogJson.of(catalog);
    JsonNode event = new ObjectMapper().readTree(text).get("events").get(0);

    assertEquals("MessageSent", event.get("name").asText());
    assertTrue(event.get("version").isNull(), text);
    assertTrue(event.get("summary").isNull(), text);
    assertTrue(event.get("topics").get(0).get("key").isNull(), text);
    assertEquals("messaging", event.get("owner").asText());
    assertTrue(text.contains("\"version\": null,\n"), "indented like every report: " + text);
    assertTrue(text.startsWith("{\n  \"format\": 1,\n  \"catalog\": \"test-events\",\n"), text);
    assertTrue(text.endsWith("}\n"), text);
  }
}
