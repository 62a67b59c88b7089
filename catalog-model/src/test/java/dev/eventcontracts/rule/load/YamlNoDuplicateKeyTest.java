package dev.eventcontracts.rule.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key is written once per mapping. */
class YamlNoDuplicateKeyTest {

  @TempDir Path dir;

  @Test
  void silentOnTheCleanCatalog() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("YAML_NO_DUPLICATE_KEY"));
  }

  @Test
  void duplicateKey() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.EVENT_FILE, "version: 1\n", "version: 1\nversion: 2\n");
    assertEquals(
        List.of(TestCatalog.EVENT_FILE + ":3:1: duplicate key \"version\" (first at line 2)"),
        catalog.findings("YAML_NO_DUPLICATE_KEY"));
  }
}
