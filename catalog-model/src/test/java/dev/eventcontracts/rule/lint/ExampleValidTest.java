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
    assertEquals(
        List.of(
            "domains/messaging/events/examples/message-sent.json:5:3: Example does not match message \"acme.messaging.v1.MessageSent\" at $.text: Cannot find field: text in message acme.messaging.v1.MessageSent"),
        findings);
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
    assertEquals(
        List.of(
            "domains/messaging/events/examples/message-sent.json:6:3: Example does not match message \"acme.messaging.v1.MessageSent\" at $.channel: Invalid enum value: CHANNEL_FAX for enum type: acme.messaging.v1.Channel"),
        findings);
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
    assertEquals(
        List.of(
            "domains/messaging/events/message-sent.yaml:14:13: Example \"../../../../outside.json\" points outside the catalog; keep examples inside it."),
        catalog.findings("EXAMPLE_VALID"));
    assertTrue(catalog.findings("EXAMPLE_VALID").get(0).contains("points outside the catalog"));
  }

  @Test
  void firesOnMalformedJson() {
    TestCatalog catalog = TestCatalog.in(dir).write(TestCatalog.EXAMPLE_FILE, "{ \"body\": ");
    assertEquals(
        List.of(
            "domains/messaging/events/examples/message-sent.json:1:11: Example is not valid JSON: Unexpected end-of-input within/between Object entries"),
        catalog.findings("EXAMPLE_VALID"));
    assertTrue(catalog.findings("EXAMPLE_VALID").get(0).contains("not valid JSON"));
  }
}
