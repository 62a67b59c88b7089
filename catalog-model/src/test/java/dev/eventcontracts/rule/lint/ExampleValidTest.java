package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleValidTest {

  @TempDir Path dir;

  @Test
  void silentWhenExampleParsesAsTheMessage() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("EXAMPLE_VALID"));
  }

  @Test
  void firesOnAnUnknownFieldWithItsJsonPathAndLine() {
    TestCatalog catalog =
        TestCatalog.in(dir).replace(TestCatalog.EXAMPLE_FILE, "\"body\"", "\"text\"");
    List<String> findings = catalog.findings("EXAMPLE_VALID");
    assertEquals(1, findings.size());
    assertTrue(
        findings
            .get(0)
            .startsWith(
                TestCatalog.EXAMPLE_FILE
                    + ":5:3: Example does not match message"
                    + " \"acme.messaging.v1.MessageSent\" at $.text: "),
        findings.get(0));
  }

  @Test
  void firesOnAWrongValueDeepInside() {
    TestCatalog catalog =
        TestCatalog.in(dir).replace(TestCatalog.EXAMPLE_FILE, "\"CHANNEL_WEB\"", "\"CHANNEL_FAX\"");
    List<String> findings = catalog.findings("EXAMPLE_VALID");
    assertEquals(1, findings.size());
    assertTrue(findings.get(0).contains("at $.channel: "), findings.get(0));
  }

  @Test
  void firesOnMissingFile() {
    TestCatalog catalog = TestCatalog.in(dir).delete(TestCatalog.EXAMPLE_FILE);
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":14:13: Example file \"domains/messaging/events/examples/message-sent.json\" does"
                + " not exist."),
        catalog.findings("EXAMPLE_VALID"));
  }

  @Test
  void firesOnAPathEscapingTheCatalog() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(
                TestCatalog.EVENT_FILE, "examples/message-sent.json", "../../../../outside.json");
    assertEquals(1, catalog.findings("EXAMPLE_VALID").size());
    assertTrue(catalog.findings("EXAMPLE_VALID").get(0).contains("points outside the catalog"));
  }

  @Test
  void firesOnMalformedJson() {
    TestCatalog catalog = TestCatalog.in(dir).write(TestCatalog.EXAMPLE_FILE, "{ \"body\": ");
    assertEquals(1, catalog.findings("EXAMPLE_VALID").size());
    assertTrue(catalog.findings("EXAMPLE_VALID").get(0).contains("not valid JSON"));
  }
}
