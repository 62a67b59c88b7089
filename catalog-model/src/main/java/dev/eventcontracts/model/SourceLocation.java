package dev.eventcontracts.model;

import java.util.Comparator;

/**
 * Where a value was written: a path relative to the catalog root with {@code /} separators, and a
 * 1-based line and column (0 when unknown).
 */
public record SourceLocation(String path, int line, int column)
    implements Comparable<SourceLocation> {

  private static final Comparator<SourceLocation> ORDER =
      Comparator.comparing(SourceLocation::path)
          .thenComparingInt(SourceLocation::line)
          .thenComparingInt(SourceLocation::column);

  public static SourceLocation of(String path) {
    return new SourceLocation(path, 0, 0);
  }

  public SourceLocation atLine(int newLine, int newColumn) {
    return new SourceLocation(path, newLine, newColumn);
  }

  @Override
  public int compareTo(SourceLocation other) {
    return ORDER.compare(this, other);
  }

  /** {@code path:line:col}, leaving out what is unknown. */
  @Override
  public String toString() {
    if (line <= 0) {
      return path;
    }
    return column <= 0 ? path + ":" + line : path + ":" + line + ":" + column;
  }
}
