package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.CatalogChange;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCompatibilityNoLoosenTest {

  @TempDir Path dir;

  @Test
  void droppingTransitiveLoosensTheEvent() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .now()
        .replace(
            TestCatalog.EVENT_FILE,
            "status: active\n",
            "status: active\ncompatibility: BACKWARD\n");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":6:16: Event \"MessageSent\" loosened its compatibility from"
                + " \"BACKWARD_TRANSITIVE\" to \"BACKWARD\"."),
        change.findings("EVENT_COMPATIBILITY_NO_LOOSEN"));
  }

  @Test
  void loosenedDefaultsAreReportedInCatalogYaml() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .now()
        .replace("catalog.yaml", "compatibility: BACKWARD_TRANSITIVE", "compatibility: NONE");
    assertEquals(
        List.of(
            "catalog.yaml:8:18: Default compatibility loosened from \"BACKWARD_TRANSITIVE\" to"
                + " \"NONE\".",
            TestCatalog.EVENT_FILE
                + ":1:1: Event \"MessageSent\" loosened its compatibility from"
                + " \"BACKWARD_TRANSITIVE\" to \"NONE\"."),
        change.findings("EVENT_COMPATIBILITY_NO_LOOSEN"));
  }

  @Test
  void tighteningIsSafe() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .now()
        .replace(
            TestCatalog.EVENT_FILE,
            "status: active\n",
            "status: active\ncompatibility: FULL_TRANSITIVE\n");
    assertEquals(List.of(), change.all());
  }
}
