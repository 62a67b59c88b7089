package dev.eventcontracts.source;

import java.io.IOException;
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

  /**
   * Lists the tree once, remembering which files were reached without passing a link: those are
   * read without resolving their real path again.
   */
  private void walk() throws IOException {
    List<String> found = new ArrayList<>();
    Set<String> plain = new HashSet<>();
    Files.walkFileTree(
        root,
        EnumSet.noneOf(FileVisitOption.class),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && skipped(dir.getFileName().toString())) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
              return FileVisitResult.CONTINUE;
            }
            String relative = relative(file);
            if (attrs.isRegularFile()) {
              found.add(relative);
              plain.add(relative);
            } else if (attrs.isSymbolicLink()) {
              followLink(file, relative, found);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
    Collections.sort(found);
    files = List.copyOf(found);
    plainFiles = plain;
  }

  /** A link inside the tree: its files count when it points inside the root. */
  private void followLink(Path link, String relative, List<String> found) throws IOException {
    Path target;
    try {
      target = link.toRealPath();
    } catch (IOException e) {
      return; // a dangling link is not a file
    }
    if (Files.isRegularFile(target)) {
      found.add(relative);
    } else if (Files.isDirectory(target) && target.startsWith(realRoot)) {
      try (var walk = Files.walk(link, FileVisitOption.FOLLOW_LINKS)) {
        walk.filter(Files::isRegularFile).forEach(p -> found.add(relative(p)));
      } catch (java.io.UncheckedIOException e) {
        if (!(e.getCause() instanceof FileSystemLoopException)) {
          throw e.getCause();
        }
      }
    }
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
    String clean = SafePaths.check(path);
    Set<String> plain = plainFiles;
    if (plain != null && plain.contains(clean)) {
      return Files.readAllBytes(root.resolve(clean));
    }
    Path file = resolve(clean);
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(path);
    }
    return Files.readAllBytes(file);
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
