package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentPromoteFromDefinedTest {

  @TempDir Path dir;

  @Test
  void silentWhenPromotingFromAnEarlierEnvironment() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("ENVIRONMENT_PROMOTE_FROM_DEFINED"));
  }

  @Test
  void firesOnUnknownEnvironment() {
    TestCatalog catalog =
        TestCatalog.in(dir).replace("catalog.yaml", "promoteFrom: dev", "promoteFrom: qa");
    assertEquals(
        List.of(
            "catalog.yaml:22:3: Environment \"prod\" promotes from \"qa\", which is not an"
                + " environment of catalog.yaml."),
        catalog.findings("ENVIRONMENT_PROMOTE_FROM_DEFINED"));
  }
}
