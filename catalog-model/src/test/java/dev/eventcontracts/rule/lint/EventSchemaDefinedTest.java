package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSchemaDefinedTest {

  @TempDir Path dir;

  @Test
  void silentWhenMessageIsDeclared() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("EVENT_SCHEMA_DEFINED"));
  }

  @Test
  void firesOnUnqualifiedOrMisspelledMessage() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(
                TestCatalog.EVENT_FILE,
                "acme.messaging.v1.MessageSent",
                "acme.messaging.v1.MesageSent");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":6:20: Message \"acme.messaging.v1.MesageSent\" of event \"MessageSent\" is not"
                + " declared under schemas/; did you mean \"acme.messaging.v1.MessageSent\"?"),
        catalog.findings("EVENT_SCHEMA_DEFINED"));
  }
}
