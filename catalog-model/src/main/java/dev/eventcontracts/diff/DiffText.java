package dev.eventcontracts.diff;

import dev.eventcontracts.diff.Approval.Reason;
import dev.eventcontracts.rule.Finding;
import java.util.ArrayList;
import java.util.List;

/** The contract diff as plain text for a terminal: everything, nothing cut. */
public final class DiffText {

  public String render(ContractDiff diff) {
    if (diff.isEmpty()) {
      return "No contract changes in " + diff.catalog() + " against " + diff.against() + ".\n";
    }
    StringBuilder out = new StringBuilder();
    out.append(verdict(diff)).append('\n');
    for (EventDiff event : diff.events()) {
      out.append('\n').append(event.name()).append(": ").append(event.kind().id());
      if (event.owner() != null) {
        out.append(", owner ").append(event.owner());
      }
      if (event.file() != null) {
        out.append(", ").append(event.file());
      }
      out.append('\n');
      for (Finding finding : event.breaking()) {
        out.append("  breaking ").append(finding(finding)).append('\n');
      }
      if (!event.affectedConsumers().isEmpty()) {
        out.append("  consumers affected: ")
            .append(String.join(", ", event.affectedConsumers()))
            .append('\n');
      }
      for (Change change : event.changes()) {
        out.append("  ").append(change(change)).append('\n');
      }
    }
    if (!diff.otherBreaking().isEmpty()) {
      out.append("\nbreaking outside events:\n");
      for (Finding finding : diff.otherBreaking()) {
        out.append("  ").append(finding(finding)).append('\n');
      }
    }
    if (!diff.notes().isEmpty()) {
      out.append("\nnotes:\n");
      diff.notes().forEach(note -> out.append("  ").append(note).append('\n'));
    }
    if (!diff.approvals().isEmpty()) {
      out.append("\napprovals:\n");
      for (Approval approval : diff.approvals()) {
        out.append("  ").append(approval.handle());
        if (approval.github() != null && !approval.github().equals(approval.team())) {
          out.append(" (").append(approval.team()).append(')');
        }
        List<String> why = new ArrayList<>();
        for (Reason reason : approval.reasons()) {
          why.add(reason(reason));
        }
        out.append(": ").append(String.join("; ", why)).append('\n');
      }
    }
    return out.toString();
  }

  private static String verdict(ContractDiff diff) {
    StringBuilder line = new StringBuilder();
    int breaking = diff.breakingCount();
    if (breaking > 0) {
      line.append(DiffMarkdown.count(breaking, "breaking change"));
      long events = diff.breakingEvents();
      if (events > 0) {
        line.append(" in ").append(DiffMarkdown.count(events, "event"));
      }
      if (!diff.otherBreaking().isEmpty()) {
        line.append(events > 0 ? " and " : " in ")
            .append(DiffMarkdown.count(diff.otherBreaking().size(), "schema element"))
            .append(" outside events");
      }
    } else {
      line.append("No breaking changes");
    }
    line.append("; ").append(DiffMarkdown.eventCounts(diff)).append(" against ");
    line.append(diff.against());
    if (!diff.approvals().isEmpty()) {
      List<String> handles = new ArrayList<>();
      diff.approvals().forEach(a -> handles.add(a.handle()));
      line.append(" - approval needed from ").append(String.join(", ", handles));
    }
    return line.toString();
  }

  /** {@code field type envelope.tenant_id: string -> int64}. */
  static String change(Change change) {
    StringBuilder line = new StringBuilder(change.label());
    if (!change.element().isEmpty()) {
      line.append(' ').append(change.element());
    }
    if (change.before() != null && change.after() != null) {
      line.append(": ").append(change.before()).append(" -> ").append(change.after());
    } else if (change.before() != null) {
      line.append(": ").append(change.before());
    } else if (change.after() != null) {
      line.append(": ").append(change.after());
    }
    return line.toString();
  }

  private static String finding(Finding finding) {
    return finding.location() + ": " + finding.rule() + " " + finding.message();
  }

  private static String reason(Reason reason) {
    String events = String.join(", ", reason.events());
    return switch (reason.role()) {
      case OWNER -> "owner of " + events;
      case PRODUCER -> "owns producer " + reason.service() + " of " + events;
      case CONSUMER ->
          "owns consumer " + reason.service() + ", affected by breaking changes to " + events;
      case ARCHITECT -> "architects: review every contract change";
    };
  }
}
