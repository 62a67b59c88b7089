package dev.eventcontracts.model;

import java.util.Map;

/**
 * The source position of every value a YAML document held, keyed by its path in the document
 * ({@code owner}, {@code topics[0].key}). A key's own position is used where a value is missing.
 */
public record Positions(SourceLocation document, Map<String, SourceLocation> byPath) {

  public Positions {
    byPath = Map.copyOf(byPath);
  }

  public static Positions of(SourceLocation document) {
    return new Positions(document, Map.of());
  }

  /** The position of the value at {@code path}, or of the document when it was not written. */
  public SourceLocation of(String path) {
    SourceLocation location = byPath.get(path);
    return location != null ? location : document;
  }

  public boolean has(String path) {
    return byPath.containsKey(path);
  }
}
