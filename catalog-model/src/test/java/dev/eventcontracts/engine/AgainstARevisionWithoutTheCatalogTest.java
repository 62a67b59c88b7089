package dev.eventcontracts.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventcontracts.report.DiffFormat;
import dev.eventcontracts.testing.CatalogChange;
import dev.eventcontracts.testing.GitCatalog;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first pull request that adds a catalog: its base branch holds a README and no catalog, so
 * {@code --against main} compares with an empty catalog. Everything is new and nothing breaks, and
 * both reports say why.
 */
class AgainstARevisionWithoutTheCatalogTest {

  @TempDir Path dir;

  private static final String NOTE =
      "main holds no catalog at contracts/events/: everything in the catalog is new, and nothing"
          + " can break.";

  private BreakingResult breaking(Path catalog, String against) {
    return new CatalogEngine().breaking(new BreakingRequest(catalog, against, CatalogChange.TODAY));
  }

  private DiffResult diff(Path catalog, String against) {
    return new CatalogEngine().diff(new DiffRequest(catalog, against, CatalogChange.TODAY));
  }

  @Test
  void theFirstPullRequestBreaksNothingAndSaysWhy() {
    try (GitCatalog repo = GitCatalog.beforeTheCatalog(dir.resolve("repo"))) {
      repo.switchTo("add-catalog");
      repo.commit("Add the catalog");

      BreakingResult result = breaking(repo.catalog().root(), "main");

      assertFalse(result.failed());
      assertEquals(List.of(), result.report().findings());
      assertEquals(List.of(NOTE), result.report().notes());
      assertEquals(List.of(), result.against().events());
    }
  }

  @Test
  void catalogSettingsOfTheFirstCatalogAreNotComparedWithDefaults() {
    try (GitCatalog repo = GitCatalog.beforeTheCatalog(dir.resolve("repo"))) {
      // Against the defaults (BACKWARD, topic) these would read as a loosened mode and a new
      // subject strategy; before the catalog there was no setting to change.
      repo.catalog()
          .replace("catalog.yaml", "compatibility: BACKWARD_TRANSITIVE", "compatibility: NONE")
          .replace("catalog.yaml", "subjectNameStrategy: topic", "subjectNameStrategy: record");

      BreakingResult result = breaking(repo.catalog().root(), "main");

      assertEquals(List.of(), result.report().findings());
      assertEquals(List.of(NOTE), result.report().notes());
    }
  }

  @Test
  void theDiffSaysEveryEventIsNewInEveryFormat() throws Exception {
    try (GitCatalog repo = GitCatalog.beforeTheCatalog(dir.resolve("repo"))) {
      Path catalog = repo.catalog().root();

      DiffResult result = diff(catalog, "main");

      assertEquals(
          """
          No breaking changes; 1 event differs (1 added) against main, which holds no catalog at\
           contracts/events/: everything in the catalog is new - approval needed from\
           @acme/messaging, @acme/architecture
          """,
          result.render(DiffFormat.TEXT).lines().findFirst().orElseThrow() + "\n");
      assertEquals(
          "**No breaking changes**; 1 event differs (1 added) against `main`, which holds no"
              + " catalog at contracts/events/: everything in the catalog is new — approval needed"
              + " from @acme/messaging, @acme/architecture",
          result.render(DiffFormat.MARKDOWN).lines().findFirst().orElseThrow());
      JsonNode json = new ObjectMapper().readTree(result.render(DiffFormat.JSON));
      assertFalse(json.get("againstHoldsCatalog").asBoolean());
      assertEquals(1, json.at("/summary/added").asInt());
      assertEquals(0, json.at("/summary/breaking").asInt());
      assertEquals("MessageSent", json.at("/events/0/name").asText());
      assertEquals("added", json.at("/events/0/change").asText());
      // The verdict says it; the note would say it twice.
      assertEquals(List.of(), result.diff().notes());
    }
  }

  @Test
  void aCatalogAtTheRepositoryRoot() throws Exception {
    Path work = dir.resolve("repo");
    try (GitCatalog repo = GitCatalog.beforeTheCatalog(work)) {
      TestCatalog.in(work);

      BreakingResult result = breaking(work, "main");

      assertEquals(
          List.of(
              "main holds no catalog at the repository root: everything in the catalog is new,"
                  + " and nothing can break."),
          result.report().notes());
    }
  }

  @Test
  void anUnknownRevisionIsStillBadInput() {
    try (GitCatalog repo = GitCatalog.beforeTheCatalog(dir.resolve("repo"))) {
      dev.eventcontracts.CatalogException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              dev.eventcontracts.CatalogException.class,
              () -> breaking(repo.catalog().root(), "v9.9.9"));
      assertEquals(2, e.exitCode());
    }
  }
}
