package dev.eventcontracts.report;

import dev.eventcontracts.approvals.ApprovalStatus;
import dev.eventcontracts.approvals.ApprovalStatus.TeamVerdict;
import dev.eventcontracts.diff.Approval.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The sentences the text and the markdown approvals both say. */
final class ApprovalsWords {

  private ApprovalsWords() {}

  /**
   * {@code Approved by every team the change needs (4)} or {@code 2 of 4 teams still to approve}.
   */
  static String verdict(ApprovalStatus status) {
    int total = status.teams().size();
    if (total == 0) {
      return "No contract change: no approvals needed";
    }
    int missing = status.missing().size();
    if (missing == 0) {
      return "Approved by every team the change needs (" + total + ")";
    }
    return missing + " of " + ReportSummary.count(total, "team") + " still to approve";
  }

  /** Why the team is needed, each reason as the diff says it, joined by {@code ; }. */
  static String why(
      TeamVerdict team, UnaryOperator<String> name, Function<List<String>, String> names) {
    List<String> why = new ArrayList<>();
    for (Reason reason : team.approval().reasons()) {
      why.add(DiffWords.reason(reason, name, names));
    }
    return String.join("; ", why);
  }

  /** {@code approved by alice, bob}, or what is missing. */
  static String state(TeamVerdict team, UnaryOperator<String> name) {
    if (team.approved()) {
      List<String> names = new ArrayList<>();
      team.approvedBy().forEach(login -> names.add(name.apply(login)));
      return "approved by " + String.join(", ", names);
    }
    return team.members() == 0 ? "missing: no member other than the author can approve" : "missing";
  }
}
