package dev.eventcontracts.report;

import dev.eventcontracts.approvals.ApprovalStatus;
import dev.eventcontracts.approvals.ApprovalStatus.TeamVerdict;

/** The approvals for a terminal: a verdict, then one line per team, missing ones first. */
final class ApprovalsText {

  private ApprovalsText() {}

  static String render(ApprovalStatus status) {
    StringBuilder out = new StringBuilder();
    out.append(ApprovalsWords.verdict(status)).append(" (against ").append(status.against());
    if (status.author() != null) {
      out.append(", author ").append(status.author()).append(" not counted");
    }
    out.append(")\n");
    for (boolean approved : new boolean[] {false, true}) {
      for (TeamVerdict team : status.teams()) {
        if (team.approved() != approved) {
          continue;
        }
        out.append(approved ? "  ✔ " : "  ✘ ")
            .append(team.approval().handle())
            .append(": ")
            .append(ApprovalsWords.state(team, s -> s))
            .append(" — ")
            .append(ApprovalsWords.why(team, s -> s, names -> String.join(", ", names)))
            .append('\n');
      }
    }
    return out.toString();
  }
}
