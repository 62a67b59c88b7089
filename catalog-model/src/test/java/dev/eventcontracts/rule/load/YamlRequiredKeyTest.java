package dev.eventcontracts.rule.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys the format requires are set. */
class YamlRequiredKeyTest {

  @TempDir Path dir;

  @Test
  void silentOnTheCleanCatalog() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("YAML_REQUIRED_KEY"));
  }

  @Test
  void missingRequiredKeys() {
    TestCatalog catalog =
        TestCatalog.in(dir).replace(TestCatalog.EVENT_FILE, "owner: messaging\n", "");
    assertEquals(
        List.of(TestCatalog.EVENT_FILE + ":1:1: missing required key \"owner\""),
        catalog.findings("YAML_REQUIRED_KEY"));
  }
}
