package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.CatalogChange;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSameRequiredHeadersTest {

  @TempDir Path dir;

  @Test
  void aHeaderBecomingRequiredBreaks() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .now()
        .replace(
            TestCatalog.EVENT_FILE,
            "{ name: conversation-type, values",
            "{ name: conversation-type, required: true, values");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":1:1: Header \"conversation-type\" became required for event \"MessageSent\";"
                + " records already written lack it."),
        change.findings("EVENT_SAME_REQUIRED_HEADERS"));
  }

  @Test
  void aConditionalHeaderStopsBeingRequiredWhenItsConditionNoLongerHolds() {
    CatalogChange change = CatalogChange.in(dir);
    change.now().replace(TestCatalog.EVENT_FILE, "tenancy: multi", "tenancy: single");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":1:1: Header \"tenant-id\" is no longer required for event \"MessageSent\";"
                + " consumers that read it may no longer find it."),
        change.findings("EVENT_SAME_REQUIRED_HEADERS"));
  }

  @Test
  void anOptionalHeaderMayComeAndGo() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .now()
        .replace(
            TestCatalog.EVENT_FILE,
            "headers: [ { name: conversation-type, values: [direct, room] } ]",
            "headers: [ { name: trace-id } ]");
    assertEquals(List.of(), change.findings("EVENT_SAME_REQUIRED_HEADERS"));
  }
}
