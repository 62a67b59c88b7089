package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.CatalogChange;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventNoDeleteTest {

  @TempDir Path dir;

  private CatalogChange deleted(String status) {
    CatalogChange change = CatalogChange.in(dir);
    change.then().replace(TestCatalog.EVENT_FILE, "status: active\n", status);
    change.now().delete(TestCatalog.EVENT_FILE).delete(TestCatalog.EXAMPLE_FILE);
    return change;
  }

  @Test
  void deletingAnActiveEventWithConsumersBreaks() {
    assertEquals(
        List.of(
            TestCatalog.DOMAIN_FILE
                + ":1:1: Event \"MessageSent\" was deleted while consumers \"archiver\" still read"
                + " it; mark it deprecated with a sunset date first, and delete it after that"
                + " date. It was declared at "
                + TestCatalog.EVENT_FILE
                + ":1:1, a file that no longer exists."),
        deleted("status: active\n").findings("EVENT_NO_DELETE"));
  }

  @Test
  void deletingBeforeTheSunsetBreaks() {
    assertEquals(
        List.of(
            TestCatalog.DOMAIN_FILE
                + ":1:1: Event \"MessageSent\" was deleted while consumers \"archiver\" still read"
                + " it; it is deprecated until 2027-01-31; delete it after that date. It was"
                + " declared at "
                + TestCatalog.EVENT_FILE
                + ":1:1, a file that no longer exists."),
        deleted(
                "status: deprecated\ndeprecation: { replacedBy: MessageSentV2, sunset: 2027-01-31 }\n")
            .findings("EVENT_NO_DELETE"));
  }

  @Test
  void deletingAfterTheSunsetIsSafe() {
    assertEquals(
        List.of(),
        deleted(
                "status: deprecated\ndeprecation: { replacedBy: MessageSentV2, sunset: 2026-05-31 }\n")
            .all());
  }

  @Test
  void deletingAnEventNobodyConsumesIsSafe() {
    CatalogChange change = CatalogChange.in(dir);
    change.then().replace(TestCatalog.EVENT_FILE, "consumers: [archiver]\n", "");
    change.now().delete(TestCatalog.EVENT_FILE).delete(TestCatalog.EXAMPLE_FILE);
    assertEquals(List.of(), change.all());
  }
}
