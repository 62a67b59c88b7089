package dev.eventcontracts.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventcontracts.diff.Approval;
import dev.eventcontracts.diff.Approval.Reason;
import dev.eventcontracts.diff.Change;
import dev.eventcontracts.diff.ChangeKind;
import dev.eventcontracts.diff.ContractDiff;
import dev.eventcontracts.diff.EventDiff;
import dev.eventcontracts.rule.Finding;
import java.util.List;

/**
 * The contract diff as JSON for tools. The schema is stable: keys always appear, in this order,
 * with null for an absent value and an empty list for none. Findings are written by {@link
 * JsonReport#finding}, so they have the same keys as in the lint and breaking JSON reports.
 *
 * <pre>{@code
 * { "tool": "catalog", "command": "diff", "catalog": "acme-events", "against": "main",
 *   "againstHoldsCatalog": true,
 *   "summary": { "events": 2, "added": 0, "removed": 0, "changed": 2, "breaking": 1 },
 *   "events": [ { "name": "MessageSent", "change": "changed", "owner": "messaging",
 *                 "file": "domains/messaging/events/message-sent.yaml",
 *                 "breaking": [ { "rule", "severity", "file", "line", "column", "event", "message" } ],
 *                 "consumersAffected": [ "archiver" ],
 *                 "changes": [ { "aspect": "field_type", "change": "changed",
 *                                "element": "envelope.tenant_id", "old": "string", "new": "int64" } ] } ],
 *   "breakingOutsideEvents": [ … findings … ],
 *   "catalogChanges": [ { "aspect": "header", "change": "added", "element": "trace-id",
 *                         "old": null, "new": "optional" } ],
 *   "approvals": [ { "team": "messaging", "github": "@acme/messaging", "role": "owner",
 *                    "reasons": [ { "role": "owner", "service": null, "events": [ "MessageSent" ] } ] } ],
 *   "notes": [ "exception FIELD_NO_DELETE for MessageSent applied (expires 2026-12-31)" ] }
 * }</pre>
 */
final class DiffJson {

  private DiffJson() {}

  static String render(ContractDiff diff) {
    ObjectNode root = JsonText.object();
    root.put("tool", Tool.current().name());
    root.put("command", "diff");
    root.put("catalog", diff.catalog());
    root.put("against", diff.against());
    root.put("againstHoldsCatalog", diff.noCatalogAt() == null);
    ObjectNode summary = root.putObject("summary");
    summary.put("events", diff.events().size());
    for (ChangeKind kind : ChangeKind.values()) {
      summary.put(kind.id(), diff.count(kind));
    }
    summary.put("breaking", diff.breakingCount());
    ArrayNode events = root.putArray("events");
    diff.events().forEach(event -> events.add(event(event)));
    findings(root, "breakingOutsideEvents", diff.otherBreaking());
    changes(root, "catalogChanges", diff.catalogChanges());
    ArrayNode approvals = root.putArray("approvals");
    diff.approvals().forEach(approval -> approvals.add(approval(approval)));
    JsonText.putStrings(root, "notes", diff.notes());
    return JsonText.write(root);
  }

  private static ObjectNode event(EventDiff event) {
    ObjectNode node = JsonText.object();
    node.put("name", event.name());
    node.put("change", event.kind().id());
    node.put("owner", event.owner());
    node.put("file", event.file());
    findings(node, "breaking", event.breaking());
    JsonText.putStrings(node, "consumersAffected", event.affectedConsumers());
    changes(node, "changes", event.changes());
    return node;
  }

  private static void changes(ObjectNode node, String key, List<Change> changes) {
    ArrayNode array = node.putArray(key);
    for (Change change : changes) {
      ObjectNode item = array.addObject();
      item.put("aspect", change.aspect().id());
      item.put("change", change.kind().id());
      item.put("element", change.element());
      item.put("old", change.before());
      item.put("new", change.after());
    }
  }

  private static void findings(ObjectNode node, String key, List<Finding> findings) {
    ArrayNode array = node.putArray(key);
    findings.forEach(finding -> array.add(JsonReport.finding(finding)));
  }

  private static ObjectNode approval(Approval approval) {
    ObjectNode node = JsonText.object();
    node.put("team", approval.team());
    node.put("github", approval.github());
    node.put("role", approval.role().id());
    ArrayNode reasons = node.putArray("reasons");
    for (Reason reason : approval.reasons()) {
      ObjectNode item = reasons.addObject();
      item.put("role", reason.role().id());
      item.put("service", reason.service());
      JsonText.putStrings(item, "events", reason.events());
    }
    return node;
  }
}
