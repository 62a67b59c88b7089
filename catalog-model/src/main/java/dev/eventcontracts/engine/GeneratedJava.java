package dev.eventcontracts.engine;

import dev.eventcontracts.CatalogException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Java output directory of {@code generate}: emptied of the {@code .java} files an earlier run
 * left, so a class whose proto is gone does not linger. Other files are left alone.
 */
final class GeneratedJava {

  private GeneratedJava() {}

  static void clear(Path javaOut) {
    if (!Files.isDirectory(javaOut)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(javaOut)) {
      List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
      for (Path path : paths) {
        if (Files.isRegularFile(path) && path.toString().endsWith(".java")) {
          Files.delete(path);
        } else if (Files.isDirectory(path) && !path.equals(javaOut)) {
          try (Stream<Path> left = Files.list(path)) {
            if (left.findAny().isEmpty()) {
              Files.delete(path);
            }
          }
        }
      }
    } catch (IOException e) {
      throw CatalogException.input(javaOut + ": cannot clear generated sources (" + e + ")");
    }
  }
}
