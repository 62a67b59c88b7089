package dev.eventcontracts.report;

import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.rule.Finding;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * GitHub resolves the files of annotations and code-scanning results from the repository root,
 * while findings name them relative to the catalog root. When the catalog sits in a subdirectory of
 * a Git work tree, its findings are moved under that subdirectory for those formats.
 */
final class RepositoryPaths {

  private RepositoryPaths() {}

  /**
   * The catalog directory relative to the root of the Git work tree holding it, with {@code /}
   * separators and a trailing slash; empty at the root or outside any work tree.
   */
  static String prefix(Path catalogDir) {
    Path dir = catalogDir.toAbsolutePath().normalize();
    for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
      if (Files.exists(candidate.resolve(".git"))) {
        Path relative = candidate.relativize(dir);
        String prefix = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
        return prefix.isEmpty() ? "" : prefix + "/";
      }
    }
    return "";
  }

  /** The report with every finding's path under {@code prefix}. */
  static Report under(String prefix, Report report) {
    if (prefix.isEmpty()) {
      return report;
    }
    return new Report(
        report.command(),
        report.rules(),
        report.findings().stream()
            .map(
                f -> {
                  SourceLocation at = f.location();
                  SourceLocation moved =
                      new SourceLocation(prefix + at.path(), at.line(), at.column());
                  return new Finding(f.rule(), f.severity(), moved, f.event(), f.message());
                })
            .toList(),
        report.notes());
  }
}
