package dev.eventcontracts.rule;

import dev.eventcontracts.model.SourceLocation;

/** Where a rule reports what it finds; the rule's ID and severity are stamped on each finding. */
public interface Findings {

  /** Reports a problem at {@code location}, for {@code event} (null when no event is concerned). */
  void report(SourceLocation location, String event, String message);
}
