package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventNamePascalCaseTest {

  @TempDir Path dir;

  @Test
  void silentOnPascalCase() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("EVENT_NAME_PASCAL_CASE"));
  }

  @Test
  void firesOnSnakeCaseAndSuggestsTheFix() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.EVENT_FILE, "name: MessageSent", "name: message_sent");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":1:7: Event name \"message_sent\" should be PascalCase, such as \"MessageSent\"."),
        catalog.findings("EVENT_NAME_PASCAL_CASE"));
  }
}
