package dev.eventcontracts.source;

import java.io.IOException;
import java.util.List;

/**
 * The files of one catalog, wherever they live: a directory, or a tree in a Git commit. Paths are
 * relative to the catalog root with {@code /} separators; nothing outside the root is reachable.
 */
public interface CatalogSource {

  /** How to name this catalog to a user: a directory path, or {@code REF:path}. */
  String describe();

  /** Every regular file below the root, sorted. */
  List<String> files() throws IOException;

  /** The bytes of a file; {@link java.nio.file.NoSuchFileException} when it does not exist. */
  byte[] read(String path) throws IOException;

  boolean exists(String path) throws IOException;
}
