package dev.eventcontracts.model;

/**
 * What the loader found at an example's file, read once at load time so that no rule reads a file:
 * its text, or why there is none. {@code path} is the file relative to the catalog root.
 */
public sealed interface ExamplePayload {

  /** The file's bytes as UTF-8 text (malformed bytes replaced, a byte order mark kept). */
  record Text(String path, String text) implements ExamplePayload {}

  /** The example's path climbs out of the catalog root; nothing was read. */
  record OutsideCatalog() implements ExamplePayload {}

  /** No file at {@code path}. */
  record Missing(String path) implements ExamplePayload {}

  /** The file could not be read; {@code reason} is the error's message. */
  record Unreadable(String path, String reason) implements ExamplePayload {}

  /** The file is larger than an example may be; its bytes are not kept. */
  record TooLarge(String path, long bytes) implements ExamplePayload {}
}
