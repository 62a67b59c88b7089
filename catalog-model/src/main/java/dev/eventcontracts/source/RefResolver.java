package dev.eventcontracts.source;

import dev.eventcontracts.CatalogException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Turns the {@code --against} argument into the catalog to compare with: a directory when one
 * exists at that path, else a Git revision (branch, remote branch, tag, SHA, {@code HEAD~1}) of the
 * repository holding the catalog directory, read at the same sub-path from Git objects.
 */
public final class RefResolver {

  private RefResolver() {}

  /**
   * The catalog that {@code ref} names, relative to {@code catalogDir}. Exit 2 for a ref that does
   * not resolve or holds no catalog (with what to fetch), exit 3 when Git cannot be read.
   */
  public static CatalogSource open(Path catalogDir, String ref) {
    if (ref == null || ref.isBlank()) {
      throw CatalogException.input("--against needs a directory or a Git revision");
    }
    Path asDirectory = Path.of(ref);
    if (Files.isDirectory(asDirectory)) {
      try {
        return new DirectorySource(asDirectory);
      } catch (IOException e) {
        throw CatalogException.input(ref + ": cannot read catalog directory (" + e + ")");
      }
    }
    Path dir = catalogDir.toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      throw CatalogException.input(
          "--against "
              + ref
              + ": no such directory, and "
              + dir
              + " is not inside a Git repository to read it as a revision");
    }
    try (Repository repository = builder.setMustExist(true).build()) {
      return openRevision(repository, dir, ref);
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      // JGit reports a corrupt config or index as an unchecked exception.
      throw CatalogException.unreachable(
          "cannot read Git repository " + builder.getGitDir() + ": " + e.getMessage(), e);
    }
  }

  private static CatalogSource openRevision(Repository repository, Path dir, String ref)
      throws IOException {
    if (repository.isBare()) {
      throw CatalogException.input(repository.getDirectory() + " is a bare repository");
    }
    String subPath = subPath(repository.getWorkTree().toPath(), dir);
    boolean shallow = new File(repository.getDirectory(), "shallow").isFile();
    ObjectId commit;
    try {
      commit = repository.resolve(ref + "^{commit}");
    } catch (RevisionSyntaxException e) {
      throw CatalogException.input("--against " + ref + ": not a valid Git revision");
    } catch (AmbiguousObjectException e) {
      throw CatalogException.input(
          "--against " + ref + ": abbreviated SHA is ambiguous; give more characters");
    } catch (IncorrectObjectTypeException e) {
      throw CatalogException.input("--against " + ref + ": does not name a commit");
    } catch (MissingObjectException e) {
      throw missing(ref, shallow);
    }
    if (commit == null) {
      throw missing(ref, shallow);
    }
    String description = subPath.isEmpty() ? ref : ref + ":" + subPath;
    GitTreeSource source;
    try {
      source = GitTreeSource.read(repository, commit, subPath, description);
    } catch (NoSuchFileException e) {
      throw noCatalog(ref, subPath);
    } catch (MissingObjectException e) {
      throw missing(ref, true);
    }
    if (!source.exists("catalog.yaml")) {
      throw noCatalog(ref, subPath);
    }
    return source;
  }

  private static String subPath(Path workTree, Path dir) throws IOException {
    Path root = workTree.toRealPath();
    Path real = Files.exists(dir) ? dir.toRealPath() : dir;
    if (!real.startsWith(root)) {
      throw CatalogException.input(dir + " is outside the Git work tree " + root);
    }
    return root.relativize(real).toString().replace(File.separatorChar, '/');
  }

  private static CatalogException noCatalog(String ref, String subPath) {
    String where = subPath.isEmpty() ? "the repository root" : subPath + "/";
    return CatalogException.input(
        "--against "
            + ref
            + ": no catalog.yaml at "
            + where
            + " in that revision; compare with a revision that holds the catalog, or pass"
            + " a directory");
  }

  /** An unknown revision, with what to fetch so that it becomes known. */
  private static CatalogException missing(String ref, boolean shallow) {
    StringBuilder message = new StringBuilder("--against ").append(ref);
    message.append(": unknown Git revision");
    if (shallow) {
      message.append(" in this shallow clone");
    }
    int slash = ref.indexOf('/');
    if (ref.matches("[0-9a-fA-F]{7,40}") || ref.contains("~") || ref.contains("^")) {
      message.append(
          shallow
              ? "; fetch the history it needs (`git fetch --unshallow`, or `fetch-depth: 0` in"
                  + " actions/checkout)"
              : "; no such commit in this repository's history (`git fetch origin` if it lives"
                  + " on a remote)");
    } else if (slash > 0) {
      message
          .append("; fetch it with `git fetch ")
          .append(ref, 0, slash)
          .append(' ')
          .append(ref.substring(slash + 1))
          .append('`');
      if (shallow) {
        message.append(" (or use `fetch-depth: 0` in actions/checkout)");
      }
    } else {
      message
          .append("; fetch it with `git fetch origin ")
          .append(ref)
          .append("` and compare with origin/")
          .append(ref);
      if (shallow) {
        message.append(", or use `fetch-depth: 0` in actions/checkout");
      }
    }
    return CatalogException.input(message.toString());
  }
}
