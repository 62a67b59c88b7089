package dev.eventcontracts.diff;

import dev.eventcontracts.diff.Approval.Reason;
import dev.eventcontracts.diff.Approval.Role;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Service;
import dev.eventcontracts.model.Team;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who must approve a contract change. Every changed event needs its owner (old and new, when the
 * owner changes) and the teams owning its producers (old and new): they write the data. An event
 * with a breaking change also needs the teams owning its consumers against the reference: they read
 * the data and are the ones a break hurts. A change that breaks nothing does not ask consumers,
 * since by definition they keep working. The catalog's architects approve every change.
 *
 * <p>Teams and services are looked up in the new catalog first, then in the reference, so a team or
 * service removed by the change is still found.
 */
final class Approvers {

  private final Catalog before;
  private final Catalog after;
  private final Map<String, Event> beforeEvents;
  private final Map<String, Event> afterEvents;

  /** team → (role, service) → events. */
  private final Map<String, Map<Key, TreeSet<String>>> reasons = new TreeMap<>();

  private record Key(Role role, String service) {}

  private Approvers(Catalog before, Catalog after) {
    this.before = before;
    this.after = after;
    this.beforeEvents = before.eventsByName();
    this.afterEvents = after.eventsByName();
  }

  static List<Approval> of(
      Catalog before, Catalog after, List<EventDiff> events, boolean anyChange) {
    Approvers approvers = new Approvers(before, after);
    for (EventDiff diff : events) {
      approvers.event(diff);
    }
    String architects = after.settings().architects();
    if (architects == null) {
      architects = before.settings().architects();
    }
    if (anyChange && architects != null) {
      approvers.add(architects, Role.ARCHITECT, null, null);
    }
    return approvers.approvals();
  }

  private void event(EventDiff diff) {
    Event old = beforeEvents.get(diff.name());
    Event now = afterEvents.get(diff.name());
    for (Event side : sides(old, now)) {
      add(side.owner(), Role.OWNER, null, diff.name());
      for (String producer : side.producers()) {
        service(producer).ifPresent(s -> add(s.owner(), Role.PRODUCER, s.name(), diff.name()));
      }
    }
    if (diff.isBreaking()) {
      for (String consumer : diff.affectedConsumers()) {
        service(consumer).ifPresent(s -> add(s.owner(), Role.CONSUMER, s.name(), diff.name()));
      }
    }
  }

  private static List<Event> sides(Event old, Event now) {
    List<Event> sides = new ArrayList<>(2);
    if (old != null) {
      sides.add(old);
    }
    if (now != null) {
      sides.add(now);
    }
    return sides;
  }

  private Optional<Service> service(String name) {
    return after.service(name).or(() -> before.service(name));
  }

  private void add(String team, Role role, String service, String event) {
    if (team == null) {
      return;
    }
    TreeSet<String> events =
        reasons
            .computeIfAbsent(team, t -> new TreeMap<>(keyOrder()))
            .computeIfAbsent(new Key(role, service), k -> new TreeSet<>());
    if (event != null) {
      events.add(event);
    }
  }

  private static Comparator<Key> keyOrder() {
    return Comparator.comparing(Key::role)
        .thenComparing(k -> k.service() == null ? "" : k.service());
  }

  private List<Approval> approvals() {
    List<Approval> approvals = new ArrayList<>();
    reasons.forEach(
        (team, byKey) -> {
          List<Reason> list = new ArrayList<>();
          byKey.forEach(
              (key, events) ->
                  list.add(new Reason(key.role(), key.service(), List.copyOf(events))));
          String github =
              after.team(team).or(() -> before.team(team)).map(Team::github).orElse(null);
          approvals.add(new Approval(team, github, list));
        });
    approvals.sort(Comparator.comparing(Approval::role).thenComparing(Approval::team));
    return approvals;
  }
}
