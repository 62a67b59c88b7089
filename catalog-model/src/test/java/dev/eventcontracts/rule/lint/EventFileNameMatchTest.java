package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventFileNameMatchTest {

  @TempDir Path dir;

  @Test
  void silentWhenFileIsKebabCaseOfName() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("EVENT_FILE_NAME_MATCH"));
  }

  @Test
  void firesWhenFileIsNamedOtherwise() {
    TestCatalog catalog = TestCatalog.in(dir);
    catalog.delete(TestCatalog.EVENT_FILE);
    catalog.write("domains/messaging/events/sent.yaml", TestCatalog.EVENT_YAML);
    assertEquals(
        List.of(
            "domains/messaging/events/sent.yaml:1:7: File of event \"MessageSent\" should be named"
                + " \"message-sent.yaml\", not \"sent.yaml\"."),
        catalog.findings("EVENT_FILE_NAME_MATCH"));
  }
}
