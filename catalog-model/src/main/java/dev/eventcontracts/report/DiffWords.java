package dev.eventcontracts.report;

import dev.eventcontracts.diff.Approval.Reason;
import dev.eventcontracts.diff.ChangeKind;
import dev.eventcontracts.diff.ContractDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The sentences the markdown and the text diff both say, so the two read alike; each passes its own
 * way of quoting a name.
 */
final class DiffWords {

  private DiffWords() {}

  /**
   * {@code 3 breaking changes in 2 events and 1 schema element outside events}, or {@code No
   * breaking changes}; {@code emphasis} marks the count, or the whole when there is none.
   */
  static String breaking(ContractDiff diff, UnaryOperator<String> emphasis) {
    int breaking = diff.breakingCount();
    if (breaking == 0) {
      return emphasis.apply("No breaking changes");
    }
    StringBuilder line =
        new StringBuilder(emphasis.apply(ReportSummary.count(breaking, "breaking change")));
    long events = diff.breakingEvents();
    if (events > 0) {
      line.append(" in ").append(ReportSummary.count(events, "event"));
    }
    if (!diff.otherBreaking().isEmpty()) {
      line.append(events > 0 ? " and " : " in ")
          .append(ReportSummary.count(diff.otherBreaking().size(), "schema element"))
          .append(" outside events");
    }
    return line.toString();
  }

  /**
   * {@code 3 events differ (1 added, 2 changed)}, followed by {@code and 1 change to the catalog's
   * header contract} when it changed; only the latter when no event differs.
   */
  static String eventCounts(ContractDiff diff) {
    int catalog = diff.catalogChanges().size();
    if (catalog == 0) {
      return events(diff);
    }
    String contract = ReportSummary.count(catalog, "change") + " to the catalog's header contract";
    return diff.events().isEmpty() ? contract : events(diff) + " and " + contract;
  }

  private static String events(ContractDiff diff) {
    List<String> parts = new ArrayList<>();
    for (ChangeKind kind : List.of(ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.CHANGED)) {
      long n = diff.count(kind);
      if (n > 0) {
        parts.add(n + " " + kind.id());
      }
    }
    int total = diff.events().size();
    String counts = ReportSummary.count(total, "event") + (total == 1 ? " differs" : " differ");
    return parts.isEmpty() ? counts : counts + " (" + String.join(", ", parts) + ")";
  }

  /**
   * {@code , which holds no catalog at contracts/events/: everything in the catalog is new} when
   * the reference is a revision from before the catalog existed, else nothing; {@code text} escapes
   * the place for the format.
   */
  static String noCatalog(ContractDiff diff, UnaryOperator<String> text) {
    if (diff.noCatalogAt() == null) {
      return "";
    }
    return ", which holds no catalog at "
        + text.apply(diff.noCatalogAt())
        + ": everything in the catalog is new";
  }

  /** Why a team must approve, such as {@code owns producer chat-service of MessageSent}. */
  static String reason(
      Reason reason, UnaryOperator<String> name, Function<List<String>, String> names) {
    String events = names.apply(reason.events());
    return switch (reason.role()) {
      case OWNER -> "owner of " + events;
      case PRODUCER -> "owns producer " + name.apply(reason.service()) + " of " + events;
      case CONSUMER ->
          "owns consumer "
              + name.apply(reason.service())
              + ", affected by breaking changes to "
              + events;
      case ARCHITECT -> "architects: review every contract change";
    };
  }
}
