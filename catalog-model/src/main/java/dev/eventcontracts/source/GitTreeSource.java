package dev.eventcontracts.source;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A catalog read straight from the objects of a Git commit: the tree below {@code subPath} is
 * walked once and every blob read with one {@link ObjectReader}, so the work tree is never touched
 * and the source can be read from many threads afterwards. Files are skipped by the same rule as
 * {@link DirectorySource} (hidden entries, {@code target}, {@code node_modules}); symbolic links
 * and submodules are not catalog files.
 */
public final class GitTreeSource implements CatalogSource {

  /** Larger blobs are not kept: no catalog file may be this large, so none is read whole. */
  static final int MAX_BLOB_BYTES = 8 << 20;

  private final String description;
  private final Map<String, byte[]> files;
  private final Map<String, Long> tooLarge;
  private final List<NotAFile> directories;

  private GitTreeSource(
      String description,
      Map<String, byte[]> files,
      Map<String, Long> tooLarge,
      List<NotAFile> directories) {
    this.description = description;
    this.files = files;
    this.tooLarge = tooLarge;
    this.directories = directories;
  }

  /**
   * Reads the tree of {@code commitId} below {@code subPath} ("" for the repository root).
   *
   * @throws NoSuchFileException when the commit holds nothing at {@code subPath}
   * @throws MissingObjectException when the commit or one of its objects is not in the clone
   */
  public static GitTreeSource read(
      Repository repository, ObjectId commitId, String subPath, String description)
      throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    Map<String, Long> tooLarge = new TreeMap<>();
    List<NotAFile> directories = new ArrayList<>();
    try (ObjectReader reader = repository.newObjectReader();
        RevWalk revWalk = new RevWalk(reader)) {
      RevCommit commit = revWalk.parseCommit(commitId);
      ObjectId root = commit.getTree();
      if (!subPath.isEmpty()) {
        try (TreeWalk at = TreeWalk.forPath(reader, subPath, commit.getTree())) {
          if (at == null || at.getFileMode(0) != FileMode.TREE) {
            throw new NoSuchFileException(subPath);
          }
          root = at.getObjectId(0);
        }
      }
      try (TreeWalk walk = new TreeWalk(reader)) {
        walk.addTree(root);
        walk.setRecursive(false);
        while (walk.next()) {
          String name = walk.getNameString();
          if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")) {
            continue;
          }
          if (walk.isSubtree()) {
            directories.add(
                new NotAFile(
                    walk.getPathString(), "a directory, not a file", NotAFile.Kind.DIRECTORY));
            walk.enterSubtree();
          } else if (walk.getFileMode(0).getObjectType() == Constants.OBJ_BLOB
              && walk.getFileMode(0) != FileMode.SYMLINK) {
            ObjectLoader blob = reader.open(walk.getObjectId(0));
            if (blob.getSize() > MAX_BLOB_BYTES) {
              tooLarge.put(walk.getPathString(), blob.getSize());
            } else {
              files.put(walk.getPathString(), blob.getBytes());
            }
          }
        }
      }
    }
    directories.sort(java.util.Comparator.comparing(NotAFile::path));
    return new GitTreeSource(
        description,
        Collections.unmodifiableMap(files),
        Collections.unmodifiableMap(tooLarge),
        List.copyOf(directories));
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public List<String> files() {
    if (tooLarge.isEmpty()) {
      return new ArrayList<>(files.keySet());
    }
    java.util.TreeSet<String> all = new java.util.TreeSet<>(files.keySet());
    all.addAll(tooLarge.keySet());
    return new ArrayList<>(all);
  }

  @Override
  public List<NotAFile> notFiles() {
    return directories;
  }

  @Override
  public byte[] read(String path) throws IOException {
    String clean = SafePaths.check(path);
    byte[] bytes = files.get(clean);
    if (bytes == null) {
      Long size = tooLarge.get(clean);
      if (size != null) {
        throw new FileTooLargeException(path, size);
      }
      throw new NoSuchFileException(path);
    }
    return bytes.clone();
  }

  @Override
  public boolean exists(String path) {
    try {
      String clean = SafePaths.check(path);
      return files.containsKey(clean) || tooLarge.containsKey(clean);
    } catch (PathEscapeException e) {
      return false;
    }
  }
}
