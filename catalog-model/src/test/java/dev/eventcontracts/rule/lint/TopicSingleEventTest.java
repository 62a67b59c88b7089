package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicSingleEventTest {

  @TempDir Path dir;

  private TestCatalog twoEventsOnOneTopic() {
    TestCatalog catalog = TestCatalog.in(dir);
    catalog.write(
        "domains/messaging/events/message-edited.yaml",
        TestCatalog.EVENT_YAML.replace("name: MessageSent", "name: MessageEdited"));
    return catalog;
  }

  @Test
  void silentWithOneEventPerTopic() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("TOPIC_SINGLE_EVENT"));
  }

  @Test
  void firesWhenTwoEventsShareATopicUnderTheTopicStrategy() {
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":8:5: Topic \"messaging.message-sent.v1\" already carries event \"MessageEdited\";"
                + " with subjectNameStrategy \"topic\" both would share subject"
                + " \"messaging.message-sent.v1-value\". Use subjectNameStrategy record or"
                + " topic-record, or a topic per event."),
        twoEventsOnOneTopic().findings("TOPIC_SINGLE_EVENT"));
  }

  @Test
  void silentWhenTheStrategyIsTopicRecord() {
    TestCatalog catalog =
        twoEventsOnOneTopic()
            .replace(
                "catalog.yaml", "subjectNameStrategy: topic", "subjectNameStrategy: topic-record");
    assertEquals(List.of(), catalog.findings("TOPIC_SINGLE_EVENT"));
  }
}
