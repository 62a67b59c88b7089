package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventReplacedByDefinedTest {

  @TempDir Path dir;

  @Test
  void silentWhenSuccessorExists() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(
                TestCatalog.EVENT_FILE,
                "status: active",
                "status: deprecated\ndeprecation: { replacedBy: MessageSent2, sunset: 2027-06-30 }");
    catalog.write(
        "domains/messaging/events/message-sent2.yaml",
        TestCatalog.EVENT_YAML
            .replace("name: MessageSent", "name: MessageSent2")
            .replace("message-sent.v1", "message-sent2.v1"));
    assertEquals(List.of(), catalog.findings("EVENT_REPLACED_BY_DEFINED"));
  }

  @Test
  void firesWhenSuccessorIsUnknown() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(
                TestCatalog.EVENT_FILE,
                "status: active",
                "status: deprecated\ndeprecation: { replacedBy: MessageSentV9, sunset: 2027-06-30 }");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":6:14: Successor \"MessageSentV9\" of event \"MessageSent\" is not an event of the"
                + " catalog; did you mean \"MessageSent\"?"),
        catalog.findings("EVENT_REPLACED_BY_DEFINED"));
  }
}
