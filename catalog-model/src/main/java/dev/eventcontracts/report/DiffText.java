package dev.eventcontracts.report;

import dev.eventcontracts.diff.Approval;
import dev.eventcontracts.diff.Change;
import dev.eventcontracts.diff.ContractDiff;
import dev.eventcontracts.diff.EventDiff;
import dev.eventcontracts.rule.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The contract diff as plain text for a terminal: everything, nothing cut. */
public final class DiffText {

  private DiffText() {}

  static String render(ContractDiff diff) {
    if (diff.isEmpty() && diff.noCatalogAt() == null) {
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
        out.append("  breaking ").append(TextReport.line(finding)).append('\n');
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
    if (!diff.catalogChanges().isEmpty()) {
      out.append("\ncatalog header contract:\n");
      for (Change change : diff.catalogChanges()) {
        out.append("  ").append(change(change)).append('\n');
      }
    }
    if (!diff.otherBreaking().isEmpty()) {
      out.append("\nbreaking outside events:\n");
      for (Finding finding : diff.otherBreaking()) {
        out.append("  ").append(TextReport.line(finding)).append('\n');
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
        approval
            .reasons()
            .forEach(
                reason ->
                    why.add(DiffWords.reason(reason, UnaryOperator.identity(), DiffText::names)));
        out.append(": ").append(String.join("; ", why)).append('\n');
      }
    }
    return out.toString();
  }

  private static String verdict(ContractDiff diff) {
    StringBuilder line = new StringBuilder(DiffWords.breaking(diff, UnaryOperator.identity()));
    line.append("; ").append(DiffWords.eventCounts(diff)).append(" against ");
    line.append(diff.against());
    line.append(DiffWords.noCatalog(diff, UnaryOperator.identity()));
    if (!diff.approvals().isEmpty()) {
      List<String> handles = new ArrayList<>();
      diff.approvals().forEach(a -> handles.add(a.handle()));
      line.append(" - approval needed from ").append(String.join(", ", handles));
    }
    return line.toString();
  }

  /** {@code field type envelope.tenant_id: string -> int64}. */
  public static String change(Change change) {
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

  private static String names(List<String> names) {
    return String.join(", ", names);
  }
}
