package dev.eventcontracts.diff;

import java.util.Comparator;

/**
 * One difference in an event contract, as a reviewer reads it.
 *
 * @param aspect what part of the contract changed
 * @param kind added, removed or changed
 * @param element which member changed: a field path such as {@code envelope.tenant_id}, a topic, a
 *     service, a header; empty for the event's own attributes (owner, status…)
 * @param before the value against the reference, or null when it was added
 * @param after the value now, or null when it was removed
 */
public record Change(Aspect aspect, ChangeKind kind, String element, String before, String after)
    implements Comparable<Change> {

  private static final Comparator<Change> ORDER =
      Comparator.comparing((Change c) -> c.aspect().schema())
          .thenComparing(c -> c.aspect().schema() ? c.element() : "")
          .thenComparing(Change::aspect)
          .thenComparing(Change::element)
          .thenComparing(Change::kind)
          .thenComparing(c -> c.before() == null ? "" : c.before())
          .thenComparing(c -> c.after() == null ? "" : c.after());

  public Change {
    element = element == null ? "" : element;
  }

  static Change added(Aspect aspect, String element, String after) {
    return new Change(aspect, ChangeKind.ADDED, element, null, after);
  }

  static Change removed(Aspect aspect, String element, String before) {
    return new Change(aspect, ChangeKind.REMOVED, element, before, null);
  }

  static Change changed(Aspect aspect, String element, String before, String after) {
    return new Change(aspect, ChangeKind.CHANGED, element, before, after);
  }

  /** What a reviewer reads in the first column: {@code field added}, {@code field type}. */
  public String label() {
    return aspect.member() ? aspect.label() + " " + kind.id() : aspect.label();
  }

  /**
   * Contract attributes first, then the schema by field path, so a field's changes stay together.
   */
  @Override
  public int compareTo(Change other) {
    return ORDER.compare(this, other);
  }
}
