package dev.eventcontracts.engine;

import java.nio.file.Path;

/**
 * The CODEOWNERS file of the catalog in {@code catalogDir}, to compare with {@code compareWith}
 * (null: the file committed in the catalog's repository).
 */
public record CodeownersRequest(Path catalogDir, Path compareWith) {

  public CodeownersRequest(Path catalogDir) {
    this(catalogDir, null);
  }
}
