package dev.eventcontracts.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.engine.BreakingRequest;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.testing.CatalogChange;
import dev.eventcontracts.testing.GitCatalog;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --against REF} on real Git repositories: revisions of every kind, and what goes wrong. */
class RefResolverTest {

  @TempDir Path dir;

  private List<String> breaking(Path catalogDir, String against) {
    return new CatalogEngine()
            .breaking(new BreakingRequest(catalogDir, against, CatalogChange.TODAY))
            .report()
            .findings()
            .stream()
            .map(f -> f.rule() + "@" + f.location())
            .toList();
  }

  private Git clone(GitCatalog origin) throws Exception {
    return Git.cloneRepository()
        .setURI(origin.workTree().toUri().toString())
        .setDirectory(dir.resolve("clone").toFile())
        .call();
  }

  private Path cloned() {
    return dir.resolve("clone").resolve(GitCatalog.SUB_PATH);
  }

  private static final String BODY_DELETED =
      "FIELD_NO_DELETE@schemas/acme/messaging/v1/message_sent.proto:8:1";

  @Test
  void branchTagShaAndAncestorRevisionsOfACatalogInASubFolder() {
    try (GitCatalog repo = GitCatalog.create(dir.resolve("repo"))) {
      RevCommit first = repo.git().log().call().iterator().next();
      repo.tag("v1.0.0").branch("release");
      repo.deleteBodyField().commit("Drop the body");
      Path catalog = repo.catalog().root();

      assertEquals(List.of(BODY_DELETED), breaking(catalog, "v1.0.0"));
      assertEquals(List.of(BODY_DELETED), breaking(catalog, "release"));
      assertEquals(List.of(BODY_DELETED), breaking(catalog, "HEAD~1"));
      assertEquals(List.of(BODY_DELETED), breaking(catalog, first.getName()));
      assertEquals(List.of(BODY_DELETED), breaking(catalog, first.getName().substring(0, 10)));
      assertEquals(List.of(), breaking(catalog, "main"));
    } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void uncommittedChangesAreComparedWithTheRevisionAndTheWorkTreeIsLeftAlone() throws Exception {
    try (GitCatalog repo = GitCatalog.create(dir.resolve("repo"))) {
      repo.deleteBodyField();
      Path proto = repo.catalog().root().resolve(TestCatalog.PROTO_FILE);
      String edited = Files.readString(proto);
      String head = repo.git().getRepository().resolve("HEAD").getName();

      assertEquals(List.of(BODY_DELETED), breaking(repo.catalog().root(), "main"));

      assertEquals(edited, Files.readString(proto));
      assertEquals(head, repo.git().getRepository().resolve("HEAD").getName());
      assertEquals(
          List.of(
                  GitCatalog.SUB_PATH + "/" + TestCatalog.PROTO_FILE,
                  GitCatalog.SUB_PATH + "/" + TestCatalog.EXAMPLE_FILE)
              .stream()
              .sorted()
              .toList(),
          repo.git().status().call().getModified().stream().sorted().toList());
    }
  }

  @Test
  @SuppressWarnings("try") // the clone is opened only to be closed; the test reads its work tree
  void remoteBranchOfAClone() throws Exception {
    try (GitCatalog origin = GitCatalog.create(dir.resolve("origin"));
        Git clone =
            Git.cloneRepository()
                .setURI(origin.workTree().toUri().toString())
                .setDirectory(dir.resolve("clone").toFile())
                .call()) {
      Path catalog = dir.resolve("clone").resolve(GitCatalog.SUB_PATH);
      TestCatalog.in(catalog)
          .replace(
              TestCatalog.PROTO_FILE, "  // The text of the message.\n  string body = 4;\n", "")
          .replace(TestCatalog.EXAMPLE_FILE, "  \"body\": \"hello\",\n", "");
      assertEquals(List.of(BODY_DELETED), breaking(catalog, "origin/main"));
    }
  }

  @Test
  @SuppressWarnings("try") // the clone is opened only to be closed; the test reads its work tree
  void aShallowCloneSaysWhatToFetch() throws Exception {
    try (GitCatalog origin = GitCatalog.create(dir.resolve("origin"))) {
      origin.branch("feature");
      origin.deleteBodyField().commit("Drop the body");
      try (Git clone =
          Git.cloneRepository()
              .setURI(origin.workTree().toUri().toString())
              .setDirectory(dir.resolve("clone").toFile())
              .setDepth(1)
              .setBranchesToClone(List.of("refs/heads/main"))
              .setBranch("refs/heads/main")
              .call()) {
        Path catalog = dir.resolve("clone").resolve(GitCatalog.SUB_PATH);

        CatalogException ancestor =
            assertThrows(CatalogException.class, () -> breaking(catalog, "HEAD~1"));
        assertEquals(2, ancestor.exitCode());
        assertEquals(
            "--against HEAD~1: unknown Git revision in this shallow clone; fetch the history it"
                + " needs (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout)",
            ancestor.getMessage());

        CatalogException branch =
            assertThrows(CatalogException.class, () -> breaking(catalog, "origin/feature"));
        assertEquals(
            "--against origin/feature: unknown Git revision in this shallow clone; fetch it with"
                + " `git fetch origin feature` (or use `fetch-depth: 0` in actions/checkout)",
            branch.getMessage());
      }
    }
  }

  @Test
  void anUnknownBranchInACloneSaysWhatToFetch() throws Exception {
    try (GitCatalog origin = GitCatalog.create(dir.resolve("origin"));
        Git clone = clone(origin)) {
      CatalogException e =
          assertThrows(CatalogException.class, () -> breaking(cloned(), "developmnet"));
      assertEquals(2, e.exitCode());
      assertEquals(
          "--against developmnet: unknown Git revision; fetch it with `git fetch origin"
              + " developmnet` and compare with origin/developmnet",
          e.getMessage());
    }
  }

  @Test
  void anUnknownBranchWithoutARemoteListsTheBranches() {
    try (GitCatalog repo = GitCatalog.create(dir.resolve("repo"))) {
      CatalogException e =
          assertThrows(
              CatalogException.class, () -> breaking(repo.catalog().root(), "developmnet"));
      assertEquals(2, e.exitCode());
      assertEquals(
          "--against developmnet: unknown Git revision; no branch or tag \"developmnet\" in this"
              + " repository, which has no remote to fetch it from (local branches: main)",
          e.getMessage());
    }
  }

  @Test
  void mainWhereTheRepositoryCallsItMaster() {
    try (GitCatalog repo = GitCatalog.create(dir.resolve("repo"), "master")) {
      CatalogException e =
          assertThrows(CatalogException.class, () -> breaking(repo.catalog().root(), "main"));
      assertEquals(2, e.exitCode());
      assertEquals(
          "--against main: unknown Git revision; no branch or tag \"main\" in this repository,"
              + " which has no remote to fetch it from; did you mean master? (local branches:"
              + " master)",
          e.getMessage());
    }
  }

  @Test
  void originMainInARepositoryWithoutRemotes() {
    try (GitCatalog repo = GitCatalog.create(dir.resolve("repo"), "master")) {
      repo.branch("feature");
      CatalogException e =
          assertThrows(
              CatalogException.class, () -> breaking(repo.catalog().root(), "origin/main"));
      assertEquals(2, e.exitCode());
      assertEquals(
          "--against origin/main: unknown Git revision; the repository has no remote \"origin\""
              + " (it has no remotes); did you mean master? (local branches: feature, master)",
          e.getMessage());
    }
  }

  @Test
  void aBranchTheRemoteDidNotHaveAtTheLastFetch() throws Exception {
    try (GitCatalog origin = GitCatalog.create(dir.resolve("origin"));
        Git clone = clone(origin.branch("release"))) {
      CatalogException e =
          assertThrows(CatalogException.class, () -> breaking(cloned(), "origin/relaese"));
      assertEquals(2, e.exitCode());
      assertEquals(
          "--against origin/relaese: unknown Git revision; remote \"origin\" had no branch"
              + " \"relaese\" at the last fetch (`git fetch origin` to update it); did you mean"
              + " origin/release? (local branches: main)",
          e.getMessage());
    }
  }

  @Test
  void aBranchThatExistsOnlyOnTheRemote() throws Exception {
    try (GitCatalog origin = GitCatalog.create(dir.resolve("origin"));
        Git clone = clone(origin.branch("release"))) {
      CatalogException e =
          assertThrows(CatalogException.class, () -> breaking(cloned(), "release"));
      assertEquals(2, e.exitCode());
      assertEquals(
          "--against release: unknown Git revision; there is no local branch \"release\";"
              + " compare with origin/release",
          e.getMessage());
      assertEquals(List.of(), breaking(cloned(), "origin/release"));
    }
  }

  @Test
  void aRepositoryWithoutCommitsSaysToCommitOrPassADirectory() {
    try (GitCatalog repo = GitCatalog.withoutCommits(dir.resolve("repo"))) {
      CatalogException e =
          assertThrows(CatalogException.class, () -> breaking(repo.catalog().root(), "main"));
      assertEquals(2, e.exitCode());
      assertEquals(
          "--against main: the Git repository "
              + repo.workTree()
              + " has no commits yet, so there is no revision to compare with; commit first, or"
              + " pass a directory that holds the catalog to compare with",
          e.getMessage());
    }
  }

  @Test
  void aRevisionFromBeforeTheCatalogHoldsNone() {
    try (GitCatalog repo = GitCatalog.beforeTheCatalog(dir.resolve("repo"))) {
      Path catalog = repo.catalog().root();

      Reference main = RefResolver.resolve(catalog, "main");

      assertFalse(main.holdsCatalog());
      assertEquals("contracts/events/", main.missingAt());
      CatalogException e =
          assertThrows(CatalogException.class, () -> RefResolver.open(catalog, "main"));
      assertEquals(2, e.exitCode());
      assertEquals(
          "--against main: no catalog.yaml at contracts/events/ in that revision; compare with"
              + " a revision that holds the catalog, or pass a directory",
          e.getMessage());
    }
  }

  @Test
  void aDirectoryWithoutACatalogIsBadInput() throws Exception {
    Path catalog = TestCatalog.in(dir.resolve("now")).root();
    Path empty = Files.createDirectories(dir.resolve("empty"));

    CatalogException e =
        assertThrows(CatalogException.class, () -> breaking(catalog, empty.toString()));

    assertEquals(2, e.exitCode());
    assertEquals(
        "in " + empty + ": " + empty + ": no catalog.yaml here; is this an event catalog?",
        e.getMessage());
  }

  @Test
  void outsideAnyRepositoryOnlyADirectoryWillDo() {
    Path catalog = TestCatalog.in(dir.resolve("plain")).root();
    CatalogException e = assertThrows(CatalogException.class, () -> breaking(catalog, "main"));
    assertEquals(2, e.exitCode());
    assertTrue(e.getMessage().endsWith("is not inside a Git repository to read it as a revision"));
    Path other = TestCatalog.in(dir.resolve("other")).root();
    assertEquals(List.of(), breaking(catalog, other.toString()));
  }

  @Test
  void anUnreadableRepositoryIsExitThree() throws Exception {
    try (GitCatalog repo = GitCatalog.create(dir.resolve("repo"))) {
      Files.writeString(repo.workTree().resolve(".git/config"), "[core\nbroken = = =\n");
      CatalogException e =
          assertThrows(CatalogException.class, () -> breaking(repo.catalog().root(), "main"));
      assertEquals(3, e.exitCode());
      assertTrue(e.getMessage().startsWith("cannot read Git repository "), e.getMessage());
    }
  }
}
