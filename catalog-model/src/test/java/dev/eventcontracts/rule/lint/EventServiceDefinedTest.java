package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventServiceDefinedTest {

  @TempDir Path dir;

  @Test
  void silentWhenProducersAndConsumersAreServices() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("EVENT_SERVICE_DEFINED"));
  }

  @Test
  void firesOnUnknownConsumer() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(
                TestCatalog.EVENT_FILE,
                "consumers: [archiver]",
                "consumers: [archiver, bi-ingest]");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":10:23: Service \"bi-ingest\" in consumers has no file services/bi-ingest.yaml."),
        catalog.findings("EVENT_SERVICE_DEFINED"));
  }

  @Test
  void firesOnMisspelledProducerWithSuggestion() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(
                TestCatalog.EVENT_FILE, "producers: [chat-service]", "producers: [chat-servce]");
    assertEquals(
        List.of(
            "domains/messaging/events/message-sent.yaml:9:13: Service \"chat-servce\" in producers has no file services/chat-servce.yaml; did you mean \"chat-service\"?"),
        catalog.findings("EVENT_SERVICE_DEFINED"));
    assertTrue(
        catalog
            .findings("EVENT_SERVICE_DEFINED")
            .get(0)
            .endsWith("did you mean \"chat-service\"?"));
  }
}
