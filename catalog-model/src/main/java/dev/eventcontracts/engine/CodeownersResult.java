package dev.eventcontracts.engine;

import dev.eventcontracts.owners.UnifiedDiff;

/**
 * The CODEOWNERS text generated for a catalog, next to the one committed in its repository.
 *
 * @param generated the text {@code catalog codeowners} writes
 * @param committedPath the file compared with: the request's, else the committed one relative to
 *     the repository root; null if none
 * @param committedText its text; null if there is no such file
 * @param command the command that regenerates it, run from the repository root
 */
public record CodeownersResult(
    String generated, String committedPath, String committedText, String command) {

  /** Whether {@code text} (a file's content, null when there is none) is not the generated one. */
  public boolean stale(String text) {
    return !generated.equals(text);
  }

  /** A unified diff from {@code text}, named {@code name}, to the generated text. */
  public String diff(String name, String text) {
    return UnifiedDiff.of(name, text == null ? "" : text, name + " (generated)", generated);
  }
}
