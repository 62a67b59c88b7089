package dev.eventcontracts.source;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.suggest.Suggestions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Turns the {@code --against} argument into the catalog to compare with: a directory when one
 * exists at that path, else a Git revision (branch, remote branch, tag, SHA, {@code HEAD~1}) of the
 * repository holding the catalog directory, read at the same sub-path from Git objects.
 */
public final class RefResolver {

  /** How many branch names a message lists before it counts the rest. */
  private static final int LISTED = 10;

  private static final Map<String, String> DEFAULT_BRANCHES =
      Map.of("main", "master", "master", "main");

  private RefResolver() {}

  /**
   * The catalog that {@code ref} names, relative to {@code catalogDir}. Exit 2 for a ref that does
   * not resolve or holds no catalog (with what to fetch), exit 3 when Git cannot be read.
   */
  public static CatalogSource open(Path catalogDir, String ref) {
    Reference reference = resolve(catalogDir, ref);
    if (!reference.holdsCatalog()) {
      throw CatalogException.input(
          "--against "
              + ref
              + ": no catalog.yaml at "
              + reference.missingAt()
              + " in that revision; compare with a revision that holds the catalog, or pass"
              + " a directory");
    }
    return reference.catalog();
  }

  /**
   * What {@code ref} names, relative to {@code catalogDir}: a directory (which must hold the
   * catalog; it was named on purpose), or a Git revision, which may hold no catalog at the
   * catalog's sub-path (before the catalog was added). Exit 2 for a ref that does not resolve, with
   * what to do; exit 3 when Git cannot be read.
   */
  public static Reference resolve(Path catalogDir, String ref) {
    if (ref == null || ref.isBlank()) {
      throw CatalogException.input("--against needs a directory or a Git revision");
    }
    Path asDirectory = Path.of(ref);
    if (Files.isDirectory(asDirectory)) {
      try {
        return Reference.of(ref, new DirectorySource(asDirectory));
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

  private static Reference openRevision(Repository repository, Path dir, String ref)
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
      throw missing(repository, ref, shallow);
    }
    if (commit == null) {
      throw missing(repository, ref, shallow);
    }
    String description = subPath.isEmpty() ? ref : ref + ":" + subPath;
    String missingAt = subPath.isEmpty() ? "the repository root" : subPath + "/";
    GitTreeSource source;
    try {
      source = GitTreeSource.read(repository, commit, subPath, description);
    } catch (NoSuchFileException e) {
      return Reference.withoutCatalog(ref, missingAt);
    } catch (MissingObjectException e) {
      throw missing(repository, ref, true);
    }
    if (!source.exists("catalog.yaml")) {
      return Reference.withoutCatalog(ref, missingAt);
    }
    return Reference.of(ref, source);
  }

  private static String subPath(Path workTree, Path dir) throws IOException {
    Path root = workTree.toRealPath();
    Path real = Files.exists(dir) ? dir.toRealPath() : dir;
    if (!real.startsWith(root)) {
      throw CatalogException.input(dir + " is outside the Git work tree " + root);
    }
    return root.relativize(real).toString().replace(File.separatorChar, '/');
  }

  /**
   * An unknown revision: why it is unknown here (no commits at all, a shallow clone, a remote that
   * is missing or lacked the branch), and what to fetch or name instead. One line each.
   */
  private static CatalogException missing(Repository repository, String ref, boolean shallow)
      throws IOException {
    Branches branches = Branches.of(repository);
    if (branches.empty() && repository.resolve(Constants.HEAD) == null) {
      return CatalogException.input(
          "--against "
              + ref
              + ": the Git repository "
              + repository.getWorkTree()
              + " has no commits yet, so there is no revision to compare with; commit first, or"
              + " pass a directory that holds the catalog to compare with");
    }
    StringBuilder message = new StringBuilder("--against ").append(ref);
    message.append(": unknown Git revision");
    if (shallow) {
      message.append(" in this shallow clone");
    }
    if (ref.matches("[0-9a-fA-F]{7,40}") || ref.contains("~") || ref.contains("^")) {
      return CatalogException.input(unknownCommit(message, branches, shallow).toString());
    }
    String suggestion = branches.closest(ref);
    int slash = ref.indexOf('/');
    if (ref.startsWith(Constants.R_REFS)) {
      message.append("; no such ref in this repository");
    } else if (slash > 0 && !branches.remotes().contains(ref.substring(0, slash))) {
      message.append("; the repository has no remote \"").append(ref, 0, slash).append('"');
      message.append(
          branches.remotes().isEmpty()
              ? " (it has no remotes)"
              : " (its remotes: " + String.join(", ", branches.remotes()) + ")");
    } else if (slash > 0) {
      String remote = ref.substring(0, slash);
      String branch = ref.substring(slash + 1);
      if (shallow || !branches.fetchedAll(remote)) {
        return CatalogException.input(fetchRemoteBranch(message, remote, branch, shallow));
      }
      // Every branch of the remote was fetched, so the remote had no such branch then.
      message
          .append("; remote \"")
          .append(remote)
          .append("\" had no branch \"")
          .append(branch)
          .append("\" at the last fetch (`git fetch ")
          .append(remote)
          .append("` to update it)");
    } else if (branches.fetchRemote() != null) {
      return CatalogException.input(
          fetchBranch(message, branches.fetchRemote(), ref, suggestion, shallow));
    } else {
      message
          .append("; no branch or tag \"")
          .append(ref)
          .append("\" in this repository, which has no remote to fetch it from");
    }
    return CatalogException.input(branches.tail(message, suggestion).toString());
  }

  /** A SHA or ancestor the history lacks: all of it fetched, or not. */
  private static StringBuilder unknownCommit(
      StringBuilder message, Branches branches, boolean shallow) {
    if (shallow) {
      return message.append(
          "; fetch the history it needs (`git fetch --unshallow`, or `fetch-depth: 0` in"
              + " actions/checkout)");
    }
    message.append("; no such commit in this repository's history");
    if (branches.fetchRemote() != null) {
      message.append(" (`git fetch ").append(branches.fetchRemote());
      message.append("` if it lives on a remote)");
    }
    return message;
  }

  /** A remote branch that may exist but was not fetched (a shallow or single-branch clone). */
  private static String fetchRemoteBranch(
      StringBuilder message, String remote, String branch, boolean shallow) {
    message.append("; fetch it with `git fetch ").append(remote).append(' ').append(branch);
    message.append('`');
    if (shallow) {
      message.append(" (or use `fetch-depth: 0` in actions/checkout)");
    }
    return message.toString();
  }

  /**
   * A branch or tag name not known locally, in a repository with a remote: the same branch on the
   * remote, a near name, or what to fetch.
   */
  private static String fetchBranch(
      StringBuilder message, String remote, String ref, String suggestion, boolean shallow) {
    if ((remote + "/" + ref).equals(suggestion)) {
      return message
          .append("; there is no local branch \"")
          .append(ref)
          .append("\"; compare with ")
          .append(suggestion)
          .toString();
    }
    if (suggestion != null) {
      message.append("; did you mean ").append(suggestion).append("? Or");
    } else {
      message.append(';');
    }
    message.append(" fetch it with `git fetch ").append(remote).append(' ').append(ref);
    message.append("` and compare with ").append(remote).append('/').append(ref);
    if (shallow) {
      message.append(", or use `fetch-depth: 0` in actions/checkout");
    }
    return message.toString();
  }

  /** The branches and tags a repository knows, to say what a mistyped or absent REF could be. */
  private record Branches(
      List<String> local,
      List<String> tags,
      List<String> tracking,
      Set<String> remotes,
      Set<String> fetchingEveryBranch) {

    static Branches of(Repository repository) throws IOException {
      Set<String> remotes = new TreeSet<>(repository.getRemoteNames());
      Set<String> everyBranch = new TreeSet<>();
      for (String remote : remotes) {
        for (String spec : repository.getConfig().getStringList("remote", remote, "fetch")) {
          if (spec.contains(Constants.R_HEADS + "*")) {
            everyBranch.add(remote);
          }
        }
      }
      return new Branches(
          names(repository, Constants.R_HEADS),
          names(repository, Constants.R_TAGS),
          names(repository, Constants.R_REMOTES).stream()
              .filter(name -> !name.endsWith("/" + Constants.HEAD))
              .toList(),
          remotes,
          everyBranch);
    }

    private static List<String> names(Repository repository, String prefix) throws IOException {
      List<String> names = new ArrayList<>();
      for (Ref ref : repository.getRefDatabase().getRefsByPrefix(prefix)) {
        names.add(ref.getName().substring(prefix.length()));
      }
      names.sort(null);
      return names;
    }

    /** No branch, tag or remote branch at all: nothing was ever committed or fetched. */
    boolean empty() {
      return local.isEmpty() && tags.isEmpty() && tracking.isEmpty();
    }

    /** The remote to fetch from: {@code origin} when there is one, else the first; or null. */
    String fetchRemote() {
      if (remotes.contains(Constants.DEFAULT_REMOTE_NAME)) {
        return Constants.DEFAULT_REMOTE_NAME;
      }
      return remotes.isEmpty() ? null : remotes.iterator().next();
    }

    /** Whether the last fetch from {@code remote} brought every branch it had. */
    boolean fetchedAll(String remote) {
      return fetchingEveryBranch.contains(remote)
          && tracking.stream().anyMatch(name -> name.startsWith(remote + "/"));
    }

    /**
     * The branch or tag {@code ref} most likely meant: the same branch on a remote ({@code main} →
     * {@code origin/main}), a near spelling ({@code main} → {@code master}), or a near branch name
     * without the remote ({@code origin/main} → {@code master} where there is no remote).
     */
    String closest(String ref) {
      int slash = ref.indexOf('/');
      String branch = slash > 0 ? ref.substring(slash + 1) : ref;
      Map<String, String> byBranch = new LinkedHashMap<>();
      local.forEach(name -> byBranch.putIfAbsent(name, name));
      tags.forEach(name -> byBranch.putIfAbsent(name, name));
      List<String> remoteFirst = new ArrayList<>(tracking);
      remoteFirst.sort(
          (a, b) ->
              Boolean.compare(
                  !a.startsWith(Constants.DEFAULT_REMOTE_NAME + "/"),
                  !b.startsWith(Constants.DEFAULT_REMOTE_NAME + "/")));
      for (String name : remoteFirst) {
        String withoutRemote = name.substring(name.indexOf('/') + 1);
        if (slash < 0 && withoutRemote.equals(ref)) {
          return name;
        }
        byBranch.putIfAbsent(withoutRemote, name);
      }
      List<String> all = new ArrayList<>(local);
      all.addAll(tags);
      all.addAll(tracking);
      String near = Suggestions.closest(ref, all);
      if (near == null) {
        near = byBranch.get(Suggestions.closest(branch, byBranch.keySet()));
      }
      if (near == null) {
        // Git's two default branch names are far apart as words but one is meant for the other.
        String other = DEFAULT_BRANCHES.get(branch);
        near = other == null ? null : byBranch.get(other);
      }
      return near;
    }

    /** {@code ; did you mean master? (local branches: master, release)}, appended. */
    StringBuilder tail(StringBuilder message, String suggestion) {
      if (suggestion != null) {
        message.append("; did you mean ").append(suggestion).append('?');
      }
      if (local.isEmpty()) {
        return message.append(" (no local branches)");
      }
      List<String> shown = local.subList(0, Math.min(local.size(), LISTED));
      message.append(" (local branches: ").append(String.join(", ", shown));
      if (local.size() > shown.size()) {
        message.append(" and ").append(local.size() - shown.size()).append(" more");
      }
      return message.append(')');
    }
  }
}
