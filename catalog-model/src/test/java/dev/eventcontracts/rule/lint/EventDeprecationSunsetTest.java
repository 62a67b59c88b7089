package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventDeprecationSunsetTest {

  @TempDir Path dir;

  @Test
  void silentWhenDeprecatedEventHasSunset() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(
                TestCatalog.EVENT_FILE,
                "status: active",
                "status: deprecated\ndeprecation: { sunset: 2027-06-30 }");
    assertEquals(List.of(), catalog.findings("EVENT_DEPRECATION_SUNSET"));
  }

  @Test
  void firesWhenDeprecatedEventHasNoSunset() {
    TestCatalog catalog =
        TestCatalog.in(dir).replace(TestCatalog.EVENT_FILE, "status: active", "status: deprecated");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":5:9: Deprecated event \"MessageSent\" has no sunset date; add deprecation: {"
                + " sunset: YYYY-MM-DD, replacedBy: <event> }."),
        catalog.findings("EVENT_DEPRECATION_SUNSET"));
  }
}
