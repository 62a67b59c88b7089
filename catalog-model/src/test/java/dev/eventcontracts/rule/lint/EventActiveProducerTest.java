package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventActiveProducerTest {

  @TempDir Path dir;

  @Test
  void silentWhenActiveEventHasAProducer() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("EVENT_ACTIVE_PRODUCER"));
  }

  @Test
  void firesOnActiveEventWithoutProducers() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.EVENT_FILE, "producers: [chat-service]", "producers: []");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":9:12: Active event \"MessageSent\" has no producers; list the services that"
                + " publish it, or mark it draft."),
        catalog.findings("EVENT_ACTIVE_PRODUCER"));
  }

  @Test
  void silentOnDraftEvents() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.EVENT_FILE, "producers: [chat-service]", "producers: []")
            .replace(TestCatalog.EVENT_FILE, "status: active", "status: draft");
    assertEquals(List.of(), catalog.findings("EVENT_ACTIVE_PRODUCER"));
  }
}
