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
  private final TestCatalog catalog;

  private GitCatalog(Git git, TestCatalog catalog) {
    this.git = git;
    this.catalog = catalog;
  }

  /** A repository on branch main whose first commit holds the clean catalog under SUB_PATH. */
  public static GitCatalog create(Path dir) {
    try {
      Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
      GitCatalog repo = new GitCatalog(git, TestCatalog.in(dir.resolve(SUB_PATH)));
      repo.commit("Add the catalog");
      return repo;
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
