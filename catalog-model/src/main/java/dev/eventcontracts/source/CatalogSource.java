package dev.eventcontracts.source;

import java.io.IOException;
import java.util.List;

/**
 * The files of one catalog, wherever they live: a directory, or a tree in a Git commit. Paths are
 * relative to the catalog root with {@code /} separators; nothing outside the root is reachable.
 */
public interface CatalogSource {

  /**
   * An entry below the root that is not a regular file. {@code what} says what it is, as a phrase a
   * message can quote ("a named pipe, not a regular file").
   */
  record NotAFile(String path, String what, Kind kind) {

    /** Where the entry is worth a word. */
    public enum Kind {
      /** A plain directory: wrong only where a catalog file belongs. */
      DIRECTORY,
      /** A named pipe, a device, a socket, a link that loops or leads nowhere. */
      NOT_A_FILE,
      /** A folder whose files were not read: it cannot be listed, it loops, it is outside. */
      UNREAD
    }
  }

  /** How to name this catalog to a user: a directory path, or {@code REF:path}. */
  String describe();

  /** Every regular file below the root, sorted. */
  List<String> files() throws IOException;

  /** Every entry below the root that {@link #files()} leaves out for not being a file, sorted. */
  default List<NotAFile> notFiles() throws IOException {
    return List.of();
  }

  /** The bytes of a file; {@link java.nio.file.NoSuchFileException} when it does not exist. */
  byte[] read(String path) throws IOException;

  /**
   * The bytes of a file of at most {@code limit} bytes; a {@link FileTooLargeException} naming the
   * size of a larger one, of which no more than {@code limit + 1} bytes are read.
   */
  default byte[] read(String path, int limit) throws IOException {
    byte[] bytes = read(path);
    if (bytes.length > limit) {
      throw new FileTooLargeException(path, bytes.length);
    }
    return bytes;
  }

  boolean exists(String path) throws IOException;
}
