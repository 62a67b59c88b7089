package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventNoConsumersTest {

  @TempDir Path dir;

  @Test
  void silentWhenEventHasConsumers() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("EVENT_NO_CONSUMERS"));
  }

  @Test
  void warnsOnEventWithoutConsumersWithoutFailingLint() {
    TestCatalog catalog =
        TestCatalog.in(dir).replace(TestCatalog.EVENT_FILE, "consumers: [archiver]\n", "");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":1:7: Event \"MessageSent\" has no consumers; list the services that read it."),
        catalog.findings("EVENT_NO_CONSUMERS"));
    assertEquals(false, catalog.lint().failed());
  }

  @Test
  void silentWhenSwitchedOffInCatalogYaml() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.EVENT_FILE, "consumers: [archiver]\n", "")
            .replace(
                "catalog.yaml", "reviewers:", "lint: { except: [EVENT_NO_CONSUMERS] }\nreviewers:");
    assertEquals(List.of(), catalog.findings("EVENT_NO_CONSUMERS"));
  }
}
