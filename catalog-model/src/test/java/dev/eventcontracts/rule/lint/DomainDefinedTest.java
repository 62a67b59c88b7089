package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainDefinedTest {

  @TempDir Path dir;

  @Test
  void silentWhenDomainHasDomainYaml() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("DOMAIN_DEFINED"));
  }

  @Test
  void firesWhenDomainYamlIsMissing() {
    TestCatalog catalog = TestCatalog.in(dir).delete("domains/messaging/domain.yaml");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":1:1: Domain \"messaging\" has no domains/messaging/domain.yaml; add one with"
                + " name, summary and owner."),
        catalog.findings("DOMAIN_DEFINED"));
  }
}
