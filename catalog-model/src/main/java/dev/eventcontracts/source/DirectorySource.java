package dev.eventcontracts.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * A catalog in a directory. Symbolic links are followed only while they stay inside the root; a
 * link that points outside reads as a missing file with a message that says so.
 */
public final class DirectorySource implements CatalogSource {

  private final Path root;
  private final Path realRoot;

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
  public List<String> files() throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
      walk.forEach(
          p -> {
            if (Files.isRegularFile(p) && !isHidden(p)) {
              files.add(relative(p));
            }
          });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    Collections.sort(files);
    return files;
  }

  private boolean isHidden(Path p) {
    Path rel = root.relativize(p);
    for (Path part : rel) {
      String name = part.toString();
      if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")) {
        return true;
      }
    }
    return false;
  }

  private String relative(Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  @Override
  public byte[] read(String path) throws IOException {
    Path file = resolve(path);
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(path);
    }
    return Files.readAllBytes(file);
  }

  @Override
  public boolean exists(String path) throws IOException {
    return Files.isRegularFile(resolve(path));
  }

  private Path resolve(String path) throws IOException {
    Path file = root.resolve(SafePaths.check(path)).normalize();
    if (!file.startsWith(root)) {
      throw new PathEscapeException(path);
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && Files.exists(file)) {
      if (!file.toRealPath().startsWith(realRoot)) {
        throw new PathEscapeException(path);
      }
    }
    return file;
  }
}
