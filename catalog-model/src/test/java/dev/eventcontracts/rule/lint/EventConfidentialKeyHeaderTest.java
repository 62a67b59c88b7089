package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventConfidentialKeyHeaderTest {

  @TempDir Path dir;

  @Test
  void silentWhenTheContractRequiresTheKeyHeaderForConfidentialEvents() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("EVENT_CONFIDENTIAL_KEY_HEADER"));
  }

  @Test
  void firesWhenNoHeaderCarriesTheKeyId() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(
                "catalog.yaml",
                "  - { name: encryption-key-id, requiredWhen: \"classification == confidential\" }\n",
                "");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":11:17: Confidential event \"MessageSent\" does not require the"
                + " \"encryption-key-id\" header; add { name: encryption-key-id, requiredWhen:"
                + " \"classification == confidential\" } to the catalog's headers."),
        catalog.findings("EVENT_CONFIDENTIAL_KEY_HEADER"));
  }

  @Test
  void silentWhenTheEventRequiresTheHeaderItself() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(
                "catalog.yaml",
                "  - { name: encryption-key-id, requiredWhen: \"classification == confidential\" }\n",
                "")
            .replace(
                TestCatalog.EVENT_FILE,
                "headers: [",
                "headers: [ { name: encryption-key-id, required: true },");
    assertEquals(List.of(), catalog.findings("EVENT_CONFIDENTIAL_KEY_HEADER"));
  }
}
