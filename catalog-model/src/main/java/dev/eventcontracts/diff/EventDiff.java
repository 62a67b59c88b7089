package dev.eventcontracts.diff;

import dev.eventcontracts.rule.Finding;
import java.util.List;

/**
 * How one event differs from the reference.
 *
 * @param name the event name
 * @param kind added, removed, or changed (also when only breaking findings name it)
 * @param owner the owning team now (the old owner for a removed event)
 * @param file the event file, relative to the catalog root (the old file for a removed event)
 * @param changes every difference, sorted
 * @param breaking the breaking findings that name this event, sorted
 * @param affectedConsumers the services consuming the event against the reference, when any finding
 *     is breaking; sorted
 */
public record EventDiff(
    String name,
    ChangeKind kind,
    String owner,
    String file,
    List<Change> changes,
    List<Finding> breaking,
    List<String> affectedConsumers) {

  public EventDiff {
    changes = changes.stream().sorted().toList();
    breaking = breaking.stream().sorted().toList();
    affectedConsumers = affectedConsumers.stream().sorted().distinct().toList();
  }

  public boolean isBreaking() {
    return !breaking.isEmpty();
  }
}
