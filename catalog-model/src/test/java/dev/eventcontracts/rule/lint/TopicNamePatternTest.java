package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicNamePatternTest {

  @TempDir Path dir;

  @Test
  void silentWhenTopicFollowsThePattern() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("TOPIC_NAME_PATTERN"));
  }

  @Test
  void firesAndNamesTheExpectedTopic() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.EVENT_FILE, "messaging.message-sent.v1", "chat.messages");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":8:5: Topic \"chat.messages\" should be named \"messaging.message-sent.v1\" after"
                + " naming.topic \"{domain}.{event}.v{version}\"."),
        catalog.findings("TOPIC_NAME_PATTERN"));
  }
}
