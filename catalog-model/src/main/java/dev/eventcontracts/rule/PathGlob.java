package dev.eventcontracts.rule;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A path pattern of catalog.yaml, matched against catalog-relative paths: a glob ({@code
 * schemas/legacy/**}, {@code **}{@code /*_test.proto}) or a folder, which holds everything below it
 * ({@code schemas/legacy} and {@code schemas/legacy/}).
 */
public final class PathGlob {

  private final String folder;
  private final PathMatcher matcher;

  public PathGlob(String pattern) {
    this.folder = pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
    this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + folder);
  }

  public boolean matches(String path) {
    if (path.isEmpty()) {
      return false;
    }
    return path.equals(folder) || path.startsWith(folder + "/") || matcher.matches(Path.of(path));
  }
}
