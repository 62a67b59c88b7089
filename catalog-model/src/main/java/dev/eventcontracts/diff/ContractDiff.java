package dev.eventcontracts.diff;

import dev.eventcontracts.Parallel;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Encoding;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.rule.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The contract diff a reviewer reads: which events were added, removed or changed against a
 * reference, how, which of those changes break consumers, and whose approval the change needs.
 *
 * @param catalog the catalog name
 * @param against how the reference was named (a directory or a Git revision)
 * @param events every event that differs or has a breaking finding: breaking ones first, then by
 *     name
 * @param otherBreaking breaking findings that concern no event of either catalog (a message no
 *     event reaches, a catalog setting), sorted
 * @param approvals the teams whose approval the change needs, strongest role first
 * @param notes what the breaking check wants every reader to see, such as the approved exceptions
 *     it applied
 * @param noCatalogAt where the reference, a Git revision from before the catalog existed, lacks
 *     {@code catalog.yaml} (such as {@code contracts/events/}); it was compared as an empty
 *     catalog, so everything is new. Null when the reference holds the catalog.
 * @param catalogChanges changes to what {@code catalog.yaml} promises for every event's records:
 *     headers of the catalog's header contract added, removed or changed (a required one also shows
 *     as breaking in each event it now concerns), sorted
 */
public record ContractDiff(
    String catalog,
    String against,
    List<EventDiff> events,
    List<Finding> otherBreaking,
    List<Approval> approvals,
    List<String> notes,
    String noCatalogAt,
    List<Change> catalogChanges) {

  private static final Comparator<EventDiff> ORDER =
      Comparator.comparing((EventDiff e) -> !e.isBreaking()).thenComparing(EventDiff::name);

  public ContractDiff {
    events = events.stream().sorted(ORDER).toList();
    otherBreaking = otherBreaking.stream().sorted().toList();
    approvals = List.copyOf(approvals);
    notes = List.copyOf(notes);
    catalogChanges = catalogChanges.stream().sorted().toList();
  }

  /** A diff without changes to the catalog's own contract. */
  public ContractDiff(
      String catalog,
      String against,
      List<EventDiff> events,
      List<Finding> otherBreaking,
      List<Approval> approvals,
      List<String> notes,
      String noCatalogAt) {
    this(catalog, against, events, otherBreaking, approvals, notes, noCatalogAt, List.of());
  }

  /** A diff against a reference that holds the catalog. */
  public ContractDiff(
      String catalog,
      String against,
      List<EventDiff> events,
      List<Finding> otherBreaking,
      List<Approval> approvals,
      List<String> notes) {
    this(catalog, against, events, otherBreaking, approvals, notes, null, List.of());
  }

  /**
   * Compares {@code before} (the reference) with {@code after}. {@code breaking} are the findings
   * of the breaking check between the two; each one naming an event marks that event's consumers as
   * affected.
   */
  public static ContractDiff between(
      Catalog before, Catalog after, List<Finding> breaking, String against) {
    return between(before, after, breaking, List.of(), against);
  }

  /** As above, carrying the breaking report's notes (applied and expired exceptions). */
  public static ContractDiff between(
      Catalog before, Catalog after, List<Finding> breaking, List<String> notes, String against) {
    return between(before, after, breaking, UnaryOperator.identity(), notes, against, null);
  }

  /**
   * As above, for findings as the rules reported them: each is attributed to events where it was
   * found (a deleted message in REF's file), and shown as {@code shown} makes it (at a file of the
   * new tree). {@code noCatalogAt} says where a reference without the catalog lacks it, or is null.
   */
  public static ContractDiff between(
      Catalog before,
      Catalog after,
      List<Finding> breaking,
      UnaryOperator<Finding> shown,
      List<String> notes,
      String against,
      String noCatalogAt) {
    Map<String, Event> old = before.eventsByName();
    Map<String, Event> now = after.eventsByName();
    Map<String, List<Finding>> breakingByEvent = new HashMap<>();
    List<Finding> other = new ArrayList<>();
    BreakingAttribution attribution = new BreakingAttribution(before, after);
    for (Finding finding : breaking) {
      boolean attributed = false;
      for (String event : attribution.events(finding)) {
        if (old.containsKey(event) || now.containsKey(event)) {
          breakingByEvent.computeIfAbsent(event, e -> new ArrayList<>()).add(shown.apply(finding));
          attributed = true;
        }
      }
      if (!attributed) {
        other.add(shown.apply(finding));
      }
    }
    TreeSet<String> names = new TreeSet<>(old.keySet());
    names.addAll(now.keySet());
    List<EventDiff> events =
        Parallel.map(
                List.copyOf(names),
                name ->
                    event(
                        before,
                        old.get(name),
                        after,
                        now.get(name),
                        breakingByEvent.getOrDefault(name, List.of())))
            .stream()
            .filter(Objects::nonNull)
            .toList();
    List<Change> catalogChanges =
        EventChanges.headerChanges(before.settings().headers(), after.settings().headers());
    boolean anyChange = !events.isEmpty() || !other.isEmpty() || !catalogChanges.isEmpty();
    String name =
        after.settings().name() != null ? after.settings().name() : before.settings().name();
    return new ContractDiff(
        name,
        against,
        events,
        other,
        Approvers.of(before, after, events, anyChange),
        notes,
        noCatalogAt,
        catalogChanges);
  }

  /** The diff of one event, or null when nothing differs and nothing breaks. */
  private static EventDiff event(
      Catalog before, Event old, Catalog after, Event now, List<Finding> breaking) {
    List<Change> changes = new ArrayList<>(EventChanges.between(old, now));
    if (old != null && now != null) {
      boolean json = old.encoding() == Encoding.JSON || now.encoding() == Encoding.JSON;
      changes.addAll(
          SchemaChanges.between(
              before.protos(), old.schemaMessage(), after.protos(), now.schemaMessage(), json));
    }
    ChangeKind kind =
        old == null ? ChangeKind.ADDED : now == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
    if (kind == ChangeKind.CHANGED && changes.isEmpty() && breaking.isEmpty()) {
      return null;
    }
    Event current = now != null ? now : old;
    List<String> affected = List.of();
    if (!breaking.isEmpty()) {
      affected = old != null ? old.consumers() : now.consumers();
    }
    return new EventDiff(
        current.name(), kind, current.owner(), current.file(), changes, breaking, affected);
  }

  /** True when nothing differs: no event or catalog contract changed and nothing breaks. */
  public boolean isEmpty() {
    return events.isEmpty() && otherBreaking.isEmpty() && catalogChanges.isEmpty();
  }

  /**
   * How many distinct breaking findings there are; one in a shared message counts once, however
   * many events carry it.
   */
  public int breakingCount() {
    Set<Finding> distinct = new HashSet<>(otherBreaking);
    events.forEach(e -> distinct.addAll(e.breaking()));
    return distinct.size();
  }

  /** How many events have at least one breaking finding. */
  public long breakingEvents() {
    return events.stream().filter(EventDiff::isBreaking).count();
  }

  public long count(ChangeKind kind) {
    return events.stream().filter(e -> e.kind() == kind).count();
  }
}
