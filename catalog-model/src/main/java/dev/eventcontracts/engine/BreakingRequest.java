package dev.eventcontracts.engine;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Compare the catalog in {@code catalogDir} with the one {@code against} names (a directory, or a
 * Git revision of the repository holding {@code catalogDir}). {@code today} decides which
 * exceptions have expired and which sunsets have passed.
 */
public record BreakingRequest(Path catalogDir, String against, LocalDate today) {

  public BreakingRequest(Path catalogDir, String against) {
    this(catalogDir, against, LocalDate.now());
  }
}
