package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.CatalogChange;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSameEncodingTest {

  @TempDir Path dir;

  @Test
  void switchingToJsonBreaks() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .now()
        .replace(TestCatalog.EVENT_FILE, "status: active\n", "status: active\nencoding: json\n");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":6:11: Event \"MessageSent\" changed encoding from \"protobuf\" to \"json\";"
                + " consumers decode the old encoding. Publish a new event version instead."),
        change.findings("EVENT_SAME_ENCODING"));
  }

  @Test
  void writingOutTheDefaultEncodingIsSafe() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .now()
        .replace(
            TestCatalog.EVENT_FILE, "status: active\n", "status: active\nencoding: protobuf\n");
    assertEquals(List.of(), change.all());
  }
}
