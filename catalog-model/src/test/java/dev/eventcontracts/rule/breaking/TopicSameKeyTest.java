package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.CatalogChange;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicSameKeyTest {

  @TempDir Path dir;

  @Test
  void changingThePartitionKeyBreaks() {
    CatalogChange change = CatalogChange.in(dir);
    change.now().replace(TestCatalog.EVENT_FILE, "key: conversation_id", "key: tenant_id");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":8:45: Topic \"messaging.message-sent.v1\" of event \"MessageSent\" changed its"
                + " partition key from \"conversation_id\" to \"tenant_id\"; records of one key no"
                + " longer stay in order."),
        change.findings("TOPIC_SAME_KEY"));
  }

  @Test
  void keepingTheKeyIsSafe() {
    assertEquals(List.of(), CatalogChange.in(dir).findings("TOPIC_SAME_KEY"));
  }
}
