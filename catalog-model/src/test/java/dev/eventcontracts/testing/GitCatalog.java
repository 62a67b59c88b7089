package dev.eventcontracts.testing;

import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real Git repository in a temporary folder holding the {@link TestCatalog} in a sub-folder, with
 * commits, branches and tags made through JGit.
 */
public final class GitCatalog implements AutoCloseable {

  public static final String SUB_PATH = "contracts/events";

  private final Git git;
  private TestCatalog catalog;

  private GitCatalog(Git git, TestCatalog catalog) {
    this.git = git;
    this.catalog = catalog;
  }

  /** A repository on branch main whose first commit holds the clean catalog under SUB_PATH. */
  public static GitCatalog create(Path dir) {
    return create(dir, "main");
  }

  /** A repository on {@code branch} whose first commit holds the clean catalog under SUB_PATH. */
  public static GitCatalog create(Path dir, String branch) {
    GitCatalog repo = init(dir, branch);
    repo.catalog = TestCatalog.in(dir.resolve(SUB_PATH));
    repo.commit("Add the catalog");
    return repo;
  }

  /**
   * A repository on branch main whose only commit holds a README, with the clean catalog written
   * under SUB_PATH and not committed: the work tree of the pull request that adds the catalog.
   */
  public static GitCatalog beforeTheCatalog(Path dir) {
    GitCatalog repo = init(dir, "main");
    try {
      java.nio.file.Files.writeString(dir.resolve("README.md"), "# Events\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    repo.commit("Start with a README");
    repo.catalog = TestCatalog.in(dir.resolve(SUB_PATH));
    return repo;
  }

  /** A repository on branch main with nothing committed, the clean catalog in its work tree. */
  public static GitCatalog withoutCommits(Path dir) {
    GitCatalog repo = init(dir, "main");
    repo.catalog = TestCatalog.in(dir.resolve(SUB_PATH));
    return repo;
  }

  private static GitCatalog init(Path dir, String branch) {
    try {
      return new GitCatalog(
          Git.init().setDirectory(dir.toFile()).setInitialBranch(branch).call(), null);
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The repository in {@code dir}, its catalog under SUB_PATH (written now, not committed). */
  public static GitCatalog open(Path dir) {
    try {
      return new GitCatalog(Git.open(dir.toFile()), TestCatalog.in(dir.resolve(SUB_PATH)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public Git git() {
    return git;
  }

  public TestCatalog catalog() {
    return catalog;
  }

  public Path workTree() {
    return git.getRepository().getWorkTree().toPath();
  }

  public RevCommit commit(String message) {
    try {
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      PersonIdent who = new PersonIdent("Catalog Test", "test@acme.example");
      return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public GitCatalog tag(String name) {
    try {
      git.tag().setName(name).setAnnotated(true).setMessage(name).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Creates branch {@code name} at HEAD and checks it out, as for a pull request's commits. */
  public GitCatalog switchTo(String name) {
    try {
      git.checkout().setCreateBranch(true).setName(name).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public GitCatalog branch(String name) {
    try {
      git.branchCreate().setName(name).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The body field deleted from the event's message: a FIELD_NO_DELETE break. */
  public GitCatalog deleteBodyField() {
    catalog
        .replace(TestCatalog.PROTO_FILE, "  // The text of the message.\n  string body = 4;\n", "")
        .replace(TestCatalog.EXAMPLE_FILE, "  \"body\": \"hello\",\n", "");
    return this;
  }

  @Override
  public void close() {
    git.close();
  }
}
