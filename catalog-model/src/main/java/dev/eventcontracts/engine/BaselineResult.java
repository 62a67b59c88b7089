package dev.eventcontracts.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * The baseline written: its file, how many findings it holds, whether {@code lint.baseline} was
 * added to catalog.yaml, and notes a user must read (such as a baseline lint will not read).
 */
public record BaselineResult(Path file, int findings, boolean configured, List<String> notes) {

  public BaselineResult {
    notes = List.copyOf(notes);
  }
}
