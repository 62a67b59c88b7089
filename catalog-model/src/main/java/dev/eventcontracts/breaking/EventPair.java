package dev.eventcontracts.breaking;

import dev.eventcontracts.model.CompatibilityMode;
import dev.eventcontracts.model.Event;

/** An event as REF had it and as it is now ({@code after} null when deleted). */
public record EventPair(Event before, Event after) {

  public String name() {
    return before.name();
  }

  /**
   * Whether the contract rules look at this event: not when it is held to NONE, before and (when it
   * still exists) now. Loosening the mode to NONE is itself reported by its own rule.
   */
  public boolean checked() {
    return before.compatibility() != CompatibilityMode.NONE
        && (after == null || after.compatibility() != CompatibilityMode.NONE);
  }
}
