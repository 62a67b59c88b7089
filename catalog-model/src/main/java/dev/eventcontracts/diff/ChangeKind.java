package dev.eventcontracts.diff;

import java.util.Locale;

/** Whether something is new, gone, or there on both sides with a different value. */
public enum ChangeKind {
  ADDED,
  REMOVED,
  CHANGED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
