package dev.eventcontracts.breaking;

import dev.eventcontracts.model.CompatibilityMode;
import dev.eventcontracts.model.Encoding;
import java.util.List;
import java.util.TreeSet;

/**
 * How a message or enum travels: the encoding and compatibility mode it is held to, and the events
 * that reach it (empty for a type no event reaches, which gets the catalog defaults). Where several
 * events reach one type, the strictest promise wins: JSON when any event uses JSON, and every
 * direction any of them checks.
 */
public record MessageUse(
    Encoding encoding, boolean backward, boolean forward, List<String> events) {

  public MessageUse {
    events = List.copyOf(new TreeSet<>(events));
  }

  public static MessageUse of(Encoding encoding, CompatibilityMode mode, List<String> events) {
    return new MessageUse(encoding, mode.backward(), mode.forward(), events);
  }

  /** Both uses at once: the union of directions, JSON if either is JSON. */
  public MessageUse merge(MessageUse other) {
    List<String> all = new java.util.ArrayList<>(events);
    all.addAll(other.events);
    return new MessageUse(
        encoding == Encoding.JSON || other.encoding == Encoding.JSON
            ? Encoding.JSON
            : Encoding.PROTOBUF,
        backward || other.backward,
        forward || other.forward,
        all);
  }

  public boolean json() {
    return encoding == Encoding.JSON;
  }

  /** False under NONE: nothing is checked. */
  public boolean checked() {
    return backward || forward;
  }

  /**
   * Whether a change that breaks new readers of old data ({@code breaksBackward}) and/or old
   * readers of new data ({@code breaksForward}) breaks this use.
   */
  public boolean breaks(boolean breaksBackward, boolean breaksForward) {
    return (breaksBackward && backward) || (breaksForward && forward);
  }

  /** The first event that reaches the type, for the report; null when none does. */
  public String event() {
    return events.isEmpty() ? null : events.get(0);
  }
}
