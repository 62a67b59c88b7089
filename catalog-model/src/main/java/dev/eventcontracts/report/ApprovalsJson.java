package dev.eventcontracts.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventcontracts.approvals.ApprovalStatus;
import dev.eventcontracts.approvals.ApprovalStatus.TeamVerdict;
import dev.eventcontracts.diff.Approval.Reason;

/**
 * The approvals as JSON for tools; every key always present, {@code null} for what is absent. The
 * {@code reasons} are those of the diff's JSON.
 */
final class ApprovalsJson {

  private ApprovalsJson() {}

  static String render(ApprovalStatus status) {
    ObjectNode root = JsonText.object();
    root.put("tool", Tool.current().name());
    root.put("command", "approvals");
    root.put("catalog", status.catalog());
    root.put("against", status.against());
    root.put("author", status.author());
    root.put("approved", status.approved());
    JsonText.putStrings(
        root, "missing", status.missing().stream().map(t -> t.approval().handle()).toList());
    ArrayNode teams = root.putArray("teams");
    for (TeamVerdict verdict : status.teams()) {
      ObjectNode team = teams.addObject();
      team.put("team", verdict.approval().team());
      team.put("github", verdict.approval().github());
      team.put("role", verdict.approval().role().id());
      team.put("approved", verdict.approved());
      JsonText.putStrings(team, "approvedBy", verdict.approvedBy());
      ArrayNode reasons = team.putArray("reasons");
      for (Reason reason : verdict.approval().reasons()) {
        ObjectNode r = reasons.addObject();
        r.put("role", reason.role().id());
        r.put("service", reason.service());
        JsonText.putStrings(r, "events", reason.events());
      }
    }
    return JsonText.write(root);
  }
}
