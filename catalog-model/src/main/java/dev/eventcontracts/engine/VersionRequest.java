package dev.eventcontracts.engine;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The next version of the catalog's contracts after the one {@code against} names (a directory or a
 * Git revision). {@code current} is the version of {@code against}; null takes it from a revision
 * that names one ({@code v1.4.0}). {@code today} decides which approved exceptions have expired.
 */
public record VersionRequest(Path catalogDir, String against, String current, LocalDate today) {

  public VersionRequest(Path catalogDir, String against, String current) {
    this(catalogDir, against, current, LocalDate.now());
  }
}
