package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.CatalogChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogSameSubjectNameStrategyTest {

  @TempDir Path dir;

  @Test
  void changingTheStrategyBreaks() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .now()
        .replace("catalog.yaml", "subjectNameStrategy: topic", "subjectNameStrategy: record");
    assertEquals(
        List.of(
            "catalog.yaml:9:24: Subject name strategy changed from \"topic\" to \"record\"; every"
                + " event moves to new Schema Registry subjects without history."),
        change.findings("CATALOG_SAME_SUBJECT_NAME_STRATEGY"));
  }

  @Test
  void sameStrategyIsSafe() {
    assertEquals(List.of(), CatalogChange.in(dir).findings("CATALOG_SAME_SUBJECT_NAME_STRATEGY"));
  }
}
