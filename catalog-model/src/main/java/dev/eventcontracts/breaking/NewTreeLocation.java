package dev.eventcontracts.breaking;

import dev.eventcontracts.model.SourceLocation;

/**
 * Where a finding is reported in the catalog now, for something REF declared: {@code location} is a
 * file of the new tree, and {@code note} names the place in REF when that file is gone (empty when
 * the finding stays where it was).
 */
public record NewTreeLocation(SourceLocation location, String note) {

  /** The finding's message with the note appended. */
  public String message(String message) {
    return note.isEmpty() ? message : message + " " + note;
  }

  public boolean moved() {
    return !note.isEmpty();
  }
}
