package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventNameUniqueTest {

  @TempDir Path dir;

  @Test
  void silentWhenEveryEventNameIsUnique() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("EVENT_NAME_UNIQUE"));
  }

  @Test
  void firesOnTheSecondDefinitionOfAName() {
    TestCatalog catalog = TestCatalog.in(dir);
    catalog.write(
        "domains/messaging/events/message-sent-again.yaml",
        TestCatalog.EVENT_YAML.replace(
            "messaging.message-sent.v1", "messaging.message-sent-again.v1"));
    assertEquals(
        List.of(
            "domains/messaging/events/message-sent.yaml:1:7: Event \"MessageSent\" is already defined"
                + " in domains/messaging/events/message-sent-again.yaml."),
        catalog.findings("EVENT_NAME_UNIQUE"));
  }
}
