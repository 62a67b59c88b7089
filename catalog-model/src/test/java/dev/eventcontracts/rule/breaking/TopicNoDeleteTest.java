package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.CatalogChange;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicNoDeleteTest {

  @TempDir Path dir;

  @Test
  void renamingATopicBreaks() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .now()
        .replace(TestCatalog.EVENT_FILE, "messaging.message-sent.v1", "chat.message-sent.v1");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":8:3: Topic \"messaging.message-sent.v1\" of event \"MessageSent\" was removed"
                + " or renamed; its consumers stop receiving the event."),
        change.findings("TOPIC_NO_DELETE"));
  }

  @Test
  void addingATopicIsSafe() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .now()
        .replace(
            TestCatalog.EVENT_FILE,
            "  - { name: messaging.message-sent.v1, key: conversation_id }\n",
            "  - { name: messaging.message-sent.v1, key: conversation_id }\n"
                + "  - { name: archive.message-sent.v1, key: conversation_id }\n");
    assertEquals(List.of(), change.findings("TOPIC_NO_DELETE"));
  }

  /** Found by DiffFuzzTest: a topic without a name crashed the rule (lint reports the key). */
  @Test
  void aTopicWithoutANameIsNotComparedAndDoesNotCrash() {
    CatalogChange change = CatalogChange.in(dir);
    change.then().replace(TestCatalog.EVENT_FILE, "{ name: messaging.message-sent.v1", "{ namm: x");
    assertEquals(List.of(), change.findings("TOPIC_NO_DELETE"));
  }
}
