package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicKeyDefinedTest {

  @TempDir Path dir;

  @Test
  void silentWhenKeyIsAScalarField() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("TOPIC_KEY_DEFINED"));
  }

  @Test
  void firesWhenKeyIsNotAField() {
    TestCatalog catalog =
        TestCatalog.in(dir).replace(TestCatalog.EVENT_FILE, "key: conversation_id", "key: room_id");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":8:45: Key \"room_id\" of topic \"messaging.message-sent.v1\" is not a field path in"
                + " message \"acme.messaging.v1.MessageSent\"."),
        catalog.findings("TOPIC_KEY_DEFINED"));
  }

  @Test
  void firesWhenKeyEndsAtAMessage() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.EVENT_FILE, "key: conversation_id", "key: occurred_at");
    assertEquals(
        List.of(
            "domains/messaging/events/message-sent.yaml:8:45: Key \"occurred_at\" of topic \"messaging.message-sent.v1\" must end at a single scalar field, not \"google.protobuf.Timestamp\"."),
        catalog.findings("TOPIC_KEY_DEFINED"));
    assertTrue(
        catalog.findings("TOPIC_KEY_DEFINED").get(0).contains("must end at a single scalar field"));
  }

  @Test
  void followsNestedPaths() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.EVENT_FILE, "key: conversation_id", "key: occurred_at.seconds");
    assertEquals(List.of(), catalog.findings("TOPIC_KEY_DEFINED"));
  }
}
