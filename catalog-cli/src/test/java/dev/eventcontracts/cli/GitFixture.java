package dev.eventcontracts.cli;

import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** A real Git repository around a fixture catalog, committed through JGit. */
final class GitFixture implements AutoCloseable {

  private final Git git;

  private GitFixture(Git git) {
    this.git = git;
  }

  /** A repository on branch main in {@code dir}, with nothing committed yet. */
  static GitFixture init(Path dir) {
    try {
      return new GitFixture(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Commits every file of the work tree. */
  GitFixture commit(String message) {
    try {
      git.add().addFilepattern(".").call();
      PersonIdent who = new PersonIdent("Catalog Test", "test@example.com");
      git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    git.close();
  }
}
