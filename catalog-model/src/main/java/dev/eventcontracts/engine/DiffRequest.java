package dev.eventcontracts.engine;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The contract diff of the catalog in {@code catalogDir} against {@code against}, the reference: a
 * directory holding the old catalog. {@code today} decides which approved exceptions of the
 * breaking check have expired.
 */
public record DiffRequest(Path catalogDir, String against, LocalDate today) {

  public DiffRequest(Path catalogDir, String against) {
    this(catalogDir, against, LocalDate.now());
  }
}
