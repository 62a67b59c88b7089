package dev.eventcontracts.rule.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalog files hold only the keys of the format; a typo gets the closest key. */
class YamlNoUnknownKeyTest {

  @TempDir Path dir;

  @Test
  void silentOnTheCleanCatalog() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("YAML_NO_UNKNOWN_KEY"));
  }

  @Test
  void unknownKeySuggestsTheKnownOne() {
    TestCatalog catalog =
        TestCatalog.in(dir).replace(TestCatalog.EVENT_FILE, "consumers:", "consumer:");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":10:1: unknown key \"consumer\"; did you mean \"consumers\"?"),
        catalog.findings("YAML_NO_UNKNOWN_KEY"));
  }

  @Test
  void unknownNestedKeyNamesItsParent() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.EVENT_FILE, "key: conversation_id", "keys: conversation_id");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":8:40: unknown key \"keys\" in topics[0]; did you mean \"key\"?"),
        catalog.findings("YAML_NO_UNKNOWN_KEY"));
  }

  @Test
  void ignoreGlobsSuppressFindingsUnderAPath() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.EVENT_FILE, "consumers:", "consumer:")
            .replace(
                "catalog.yaml",
                "reviewers:",
                "lint: { ignore: { YAML_NO_UNKNOWN_KEY: [\"domains/messaging/**\"] } }\nreviewers:");
    assertEquals(List.of(), catalog.findings("YAML_NO_UNKNOWN_KEY"));
  }
}
