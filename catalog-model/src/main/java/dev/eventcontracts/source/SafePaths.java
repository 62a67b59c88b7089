package dev.eventcontracts.source;

import java.util.ArrayDeque;
import java.util.Deque;

/** Normalizes catalog-relative paths and refuses those that would leave the root. */
public final class SafePaths {

  private SafePaths() {}

  /**
   * The normalized form of {@code path} ({@code a/./b} → {@code a/b}); refuses absolute paths,
   * drive letters, backslashes used as separators, and {@code ..} that climbs above the root.
   */
  public static String check(String path) throws PathEscapeException {
    if (path == null
        || path.isEmpty()
        || path.startsWith("/")
        || path.startsWith("\\")
        || path.indexOf(':') >= 0
        || path.indexOf('\0') >= 0) {
      throw new PathEscapeException(String.valueOf(path));
    }
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.replace('\\', '/').split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          throw new PathEscapeException(path);
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    if (parts.isEmpty()) {
      throw new PathEscapeException(path);
    }
    return String.join("/", parts);
  }

  /** {@code folder/relative}, normalized and checked. */
  public static String resolve(String folder, String relative) throws PathEscapeException {
    if (relative == null || relative.startsWith("/") || relative.indexOf(':') >= 0) {
      throw new PathEscapeException(String.valueOf(relative));
    }
    return check(folder.isEmpty() ? relative : folder + "/" + relative);
  }
}
