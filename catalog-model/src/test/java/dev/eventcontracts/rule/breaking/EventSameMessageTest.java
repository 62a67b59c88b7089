package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.CatalogChange;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSameMessageTest {

  @TempDir Path dir;

  @Test
  void pointingTheEventAtAnotherMessageBreaks() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .now()
        .replace(
            TestCatalog.PROTO_FILE,
            "// How a message was sent.",
            "// V2.\nmessage MessageSentV2 {\n  // Body.\n  string body = 1;\n}\n\n// How a message was sent.")
        .replace(TestCatalog.EVENT_FILE, "v1.MessageSent }", "v1.MessageSentV2 }");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":6:20: Event \"MessageSent\" changed its schema message from"
                + " \"acme.messaging.v1.MessageSent\" to \"acme.messaging.v1.MessageSentV2\";"
                + " evolve the message in place or publish a new event version."),
        change.findings("EVENT_SAME_MESSAGE"));
  }

  @Test
  void keepingTheMessageIsSafe() {
    assertEquals(List.of(), CatalogChange.in(dir).all());
  }
}
