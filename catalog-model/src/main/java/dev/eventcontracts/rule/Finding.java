package dev.eventcontracts.rule;

import dev.eventcontracts.model.SourceLocation;
import java.util.Comparator;

/**
 * One problem found: which rule, how severe, where, for which event (or null), and a message that
 * quotes the element and suggests the fix.
 */
public record Finding(
    String rule, Severity severity, SourceLocation location, String event, String message)
    implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::location)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::message)
          .thenComparing(f -> f.event() == null ? "" : f.event());

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
