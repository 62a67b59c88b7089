package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogNoTodoTest {

  @TempDir Path dir;

  @Test
  void silentWithoutPlaceholders() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("CATALOG_NO_TODO"));
  }

  @Test
  void firesOnEveryPlaceholderAndNoOtherRuleDoes() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.DOMAIN_FILE, "owner: messaging", "owner: TODO")
            .replace(TestCatalog.EVENT_FILE, "owner: messaging", "owner: TODO")
            .replace(TestCatalog.EVENT_FILE, "producers: [chat-service]", "producers: [TODO]")
            .replace(TestCatalog.EVENT_FILE, "consumers: [archiver]", "consumers: [archiver, TODO]")
            .replace(
                TestCatalog.EVENT_FILE,
                "{ name: messaging.message-sent.v1, key: conversation_id }",
                "{ name: TODO, key: conversation_id }");
    assertEquals(
        List.of(
            TestCatalog.DOMAIN_FILE
                + ":3:8: Domain \"messaging\" has owner TODO; name the team that answers for it.",
            TestCatalog.EVENT_FILE
                + ":4:8: Event \"MessageSent\" has owner TODO; name the team that answers for it.",
            TestCatalog.EVENT_FILE
                + ":8:5: Event \"MessageSent\" has topic TODO; name the topics it is published"
                + " on.",
            TestCatalog.EVENT_FILE
                + ":9:13: Event \"MessageSent\" lists TODO in producers; name the services that"
                + " publish it.",
            TestCatalog.EVENT_FILE
                + ":10:23: Event \"MessageSent\" lists TODO in consumers; name the services that"
                + " read it."),
        catalog.findings("CATALOG_NO_TODO"));
    assertEquals(List.of(), catalog.findings("TEAM_DEFINED"));
    assertEquals(List.of(), catalog.findings("EVENT_SERVICE_DEFINED"));
    assertEquals(List.of(), catalog.findings("TOPIC_NAME_PATTERN"));
  }
}
