package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamDefinedTest {

  @TempDir Path dir;

  @Test
  void silentWhenEveryOwnerIsATeam() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("TEAM_DEFINED"));
  }

  @Test
  void firesOnUnknownOwnerWithSuggestion() {
    TestCatalog catalog =
        TestCatalog.in(dir).replace(TestCatalog.EVENT_FILE, "owner: messaging", "owner: mesaging");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":4:8: Team \"mesaging\" is not defined under \"teams\" in catalog.yaml; did you"
                + " mean \"messaging\"?"),
        catalog.findings("TEAM_DEFINED"));
  }

  @Test
  void firesOnUnknownServiceOwnerAndArchitects() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace("services/archiver.yaml", "owner: messaging", "owner: compliance")
            .replace("catalog.yaml", "architects: architecture", "architects: review-board");
    assertEquals(
        List.of(
            "catalog.yaml:23:26: Team \"review-board\" is not defined under \"teams\" in catalog.yaml; add it there.",
            "services/archiver.yaml:2:8: Team \"compliance\" is not defined under \"teams\" in catalog.yaml; add it there."),
        catalog.findings("TEAM_DEFINED"));
    assertTrue(catalog.findings("TEAM_DEFINED").get(0).startsWith("catalog.yaml:"));
    assertTrue(catalog.findings("TEAM_DEFINED").get(1).startsWith("services/archiver.yaml:2:8:"));
  }
}
