package dev.eventcontracts.source;

import dev.eventcontracts.source.CatalogSource.NotAFile.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A catalog in a directory. Symbolic links are followed only while they stay inside the root; a
 * link that points outside is refused with a message that says so. Hidden folders, {@code target}
 * and {@code node_modules} are not part of the catalog.
 */
public final class DirectorySource implements CatalogSource {

  private final Path root;
  private final Path realRoot;
  private List<String> files;
  private Set<String> plainFiles;
  private List<NotAFile> notFiles;

  public DirectorySource(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.realRoot = this.root.toRealPath();
  }

  public Path root() {
    return root;
  }

  @Override
  public String describe() {
    return root.toString();
  }

  @Override
  public synchronized List<String> files() throws IOException {
    if (files == null) {
      walk();
    }
    return files;
  }

  @Override
  public synchronized List<NotAFile> notFiles() throws IOException {
    if (files == null) {
      walk();
    }
    return notFiles;
  }

  /**
   * Lists the tree once, remembering which files were reached without passing a link (those are
   * read without resolving their real path again) and every entry that is not a file.
   */
  private void walk() throws IOException {
    List<String> found = new ArrayList<>();
    Set<String> plain = new HashSet<>();
    List<NotAFile> others = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.noneOf(FileVisitOption.class),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            if (skipped(dir.getFileName().toString())) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            others.add(new NotAFile(relative(dir), "a directory, not a file", Kind.DIRECTORY));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
              return FileVisitResult.CONTINUE;
            }
            String relative = relative(file);
            if (attrs.isRegularFile()) {
              found.add(relative);
              plain.add(relative);
            } else if (attrs.isSymbolicLink()) {
              followLink(file, relative, found, others);
            } else {
              others.add(new NotAFile(relative, special(file), Kind.NOT_A_FILE));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (file.equals(root)) {
              throw e;
            }
            others.add(
                new NotAFile(
                    relative(file),
                    "a folder that cannot be read (" + reason(e) + ")",
                    Kind.UNREAD));
            return FileVisitResult.CONTINUE;
          }
        });
    Collections.sort(found);
    others.sort(Comparator.comparing(NotAFile::path));
    files = List.copyOf(found);
    plainFiles = plain;
    notFiles = List.copyOf(others);
  }

  /**
   * A link inside the tree: its files count when it points inside the root. A link to a folder that
   * holds the link itself, one that loops or leads nowhere, and one to a folder outside the root
   * are entries that are not files, so the loader can say why their files are missing.
   */
  private void followLink(Path link, String relative, List<String> found, List<NotAFile> others) {
    Path target;
    try {
      target = link.toRealPath();
    } catch (NoSuchFileException e) {
      others.add(
          new NotAFile(relative, "a broken symbolic link" + pointsTo(link), Kind.NOT_A_FILE));
      return;
    } catch (IOException e) {
      String why = reason(e);
      others.add(
          new NotAFile(
              relative,
              why.contains("symbolic links")
                  ? "a symbolic link loop"
                  : "a link that cannot be read (" + why + ")",
              Kind.NOT_A_FILE));
      return;
    }
    if (Files.isRegularFile(target)) {
      found.add(relative);
    } else if (!Files.isDirectory(target)) {
      others.add(new NotAFile(relative, special(target), Kind.NOT_A_FILE));
    } else if (!target.startsWith(realRoot)) {
      others.add(
          new NotAFile(
              relative, "a link to a folder outside the catalog, not followed", Kind.UNREAD));
    } else if (realParent(link).startsWith(target)) {
      String held =
          target.equals(realRoot)
              ? "the catalog root"
              : realRoot.relativize(target).toString().replace('\\', '/');
      others.add(
          new NotAFile(
              relative,
              "a symbolic link loop (it leads back to " + held + ", which holds it)",
              Kind.UNREAD));
    } else {
      walkLinkedFolder(link, found, others);
    }
  }

  /** The files of a linked folder inside the root, with every link in it followed. */
  private void walkLinkedFolder(Path link, List<String> found, List<NotAFile> others) {
    try {
      Files.walkFileTree(
          link,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(link) && skipped(dir.getFileName().toString())) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                found.add(relative(file));
              } else if (!file.getFileName().toString().startsWith(".")) {
                others.add(new NotAFile(relative(file), special(file), Kind.NOT_A_FILE));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              others.add(
                  new NotAFile(
                      relative(file),
                      e instanceof FileSystemLoopException
                          ? "a symbolic link loop"
                          : "a folder that cannot be read (" + reason(e) + ")",
                      Kind.UNREAD));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      others.add(
          new NotAFile(
              relative(link), "a folder that cannot be read (" + reason(e) + ")", Kind.UNREAD));
    }
  }

  private static Path realParent(Path link) {
    try {
      return link.getParent().toRealPath();
    } catch (IOException e) {
      return link.getParent();
    }
  }

  private static String pointsTo(Path link) {
    try {
      return " (nothing at " + Files.readSymbolicLink(link) + ")";
    } catch (IOException | UnsupportedOperationException e) {
      return "";
    }
  }

  /** What a file system entry that is neither a file, a folder nor a link is. */
  private static String special(Path entry) {
    try {
      Object kind = Files.getAttribute(entry, "unix:mode");
      int type = ((Integer) kind) & 0170000;
      String what =
          switch (type) {
            case 0010000 -> "a named pipe";
            case 0020000, 0060000 -> "a device";
            case 0140000 -> "a socket";
            default -> "a special file";
          };
      return what + ", not a regular file";
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "not a regular file";
    }
  }

  /** Why an entry cannot be read, without the absolute path the exception names. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  private static boolean skipped(String directoryName) {
    return directoryName.startsWith(".")
        || directoryName.equals("target")
        || directoryName.equals("node_modules");
  }

  private String relative(Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  @Override
  public byte[] read(String path) throws IOException {
    return read(path, Integer.MAX_VALUE - 8);
  }

  /**
   * Reads at most {@code limit + 1} bytes, after checking that the path is still a regular file: a
   * file replaced by a named pipe since the listing would block the read forever.
   */
  @Override
  public byte[] read(String path, int limit) throws IOException {
    Path file = file(path);
    BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
    if (!attrs.isRegularFile()) {
      throw new FileSystemException(
          path, null, attrs.isDirectory() ? "a directory, not a file" : special(file));
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw new FileTooLargeException(path, Math.max(bytes.length, Files.size(file)));
      }
      return bytes;
    }
  }

  private Path file(String path) throws IOException {
    String clean = SafePaths.check(path);
    Set<String> plain = plainFiles;
    if (plain != null && plain.contains(clean)) {
      return root.resolve(clean);
    }
    Path file = resolve(clean);
    if (!Files.exists(file)) {
      throw new NoSuchFileException(path);
    }
    return file;
  }

  @Override
  public boolean exists(String path) throws IOException {
    String clean = SafePaths.check(path);
    Set<String> plain = plainFiles;
    if (plain != null && plain.contains(clean)) {
      return true;
    }
    return Files.isRegularFile(resolve(clean));
  }

  private Path resolve(String clean) throws IOException {
    Path file = root.resolve(clean).normalize();
    if (!file.startsWith(root)) {
      throw new PathEscapeException(clean);
    }
    if (Files.exists(file) && !file.toRealPath().startsWith(realRoot)) {
      throw new PathEscapeException(clean);
    }
    return file;
  }
}
