package dev.eventcontracts.rule.verify;

import dev.eventcontracts.registry.RegistrySnapshot.SubjectState;

/** What the verify rules say the same way. */
final class Verdicts {

  private Verdicts() {}

  /** The event a subject belongs to, or null for a subject that is only referenced. */
  static String event(SubjectState s) {
    return s.planned().events().isEmpty() ? null : s.planned().events().get(0);
  }
}
