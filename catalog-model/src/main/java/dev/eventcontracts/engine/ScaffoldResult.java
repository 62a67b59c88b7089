package dev.eventcontracts.engine;

import java.nio.file.Path;
import java.util.List;

/** The files scaffolding wrote, relative to the catalog root {@code dir}, in writing order. */
public record ScaffoldResult(Path dir, List<String> written) {

  public ScaffoldResult {
    written = List.copyOf(written);
  }
}
