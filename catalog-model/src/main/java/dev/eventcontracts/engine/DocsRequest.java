package dev.eventcontracts.engine;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The static site of the catalog in {@code catalogDir}, written to {@code out}. {@code against} (a
 * directory or Git revision, or null) adds the changes page and the recently changed events; {@code
 * baseUrl} (or null) is where the site will be published.
 */
public record DocsRequest(
    Path catalogDir, Path out, String against, String baseUrl, LocalDate today) {

  public DocsRequest(Path catalogDir, Path out, String against, String baseUrl) {
    this(catalogDir, out, against, baseUrl, LocalDate.now());
  }
}
