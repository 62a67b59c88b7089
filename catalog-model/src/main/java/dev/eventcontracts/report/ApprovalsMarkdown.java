package dev.eventcontracts.report;

import dev.eventcontracts.approvals.ApprovalStatus;
import dev.eventcontracts.approvals.ApprovalStatus.TeamVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The approvals as GitHub-flavoured markdown for the pull request: a verdict line and one table of
 * the teams, ✔ or ✘, who approved and why each is needed. Catalog values are quoted as the diff
 * quotes them, so no name breaks the table.
 */
final class ApprovalsMarkdown {

  private static final Pattern PLAIN_HANDLE = Pattern.compile("[A-Za-z0-9@/._-]+");

  private ApprovalsMarkdown() {}

  static String render(ApprovalStatus status) {
    StringBuilder out = new StringBuilder();
    out.append(status.approved() ? "✔ **" : "✘ **")
        .append(ApprovalsWords.verdict(status))
        .append("** against ")
        .append(DiffMarkdown.code(status.against()));
    if (status.author() != null) {
      out.append(" — the author, ")
          .append(DiffMarkdown.code(status.author()))
          .append(", cannot approve for a team");
    }
    out.append("\n\n");
    if (status.teams().isEmpty()) {
      return out.toString();
    }
    out.append("| | Team | Approved by | Why |\n| --- | --- | --- | --- |\n");
    for (TeamVerdict team : status.teams()) {
      out.append("| ")
          .append(team.approved() ? "✔" : "✘")
          .append(" | ")
          .append(handle(team))
          .append(" | ")
          .append(approvedBy(team))
          .append(" | ")
          .append(ApprovalsWords.why(team, DiffMarkdown::code, ApprovalsMarkdown::codeList))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String approvedBy(TeamVerdict team) {
    if (!team.approved()) {
      return team.members() == 0 ? "_no member other than the author_" : "";
    }
    List<String> names = new ArrayList<>();
    team.approvedBy().forEach(login -> names.add(DiffMarkdown.code(login)));
    return String.join(", ", names);
  }

  private static String handle(TeamVerdict team) {
    String handle = team.approval().handle();
    return team.approval().github() != null && PLAIN_HANDLE.matcher(handle).matches()
        ? handle
        : DiffMarkdown.code(handle);
  }

  private static String codeList(List<String> names) {
    List<String> quoted = new ArrayList<>();
    names.forEach(n -> quoted.add(DiffMarkdown.code(n)));
    return String.join(", ", quoted);
  }
}
