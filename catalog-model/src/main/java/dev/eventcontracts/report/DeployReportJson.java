package dev.eventcontracts.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventcontracts.registry.DeployReport;
import dev.eventcontracts.registry.SubjectChange;
import java.util.List;

/**
 * A deploy as JSON for pipelines: the plan per subject, the lint findings that refused it (written
 * by {@link JsonReport#finding}), refusals and the writes made.
 */
final class DeployReportJson {

  private DeployReportJson() {}

  static String render(DeployReport report, Report lint) {
    return JsonText.write(node(report, lint));
  }

  /** Every region's report under {@code regions}, and the schema IDs that differ between them. */
  static String render(List<DeployReport> regions, List<String> schemaIds, Report lint) {
    ObjectNode root = JsonText.object();
    root.put("tool", Tool.current().name());
    root.put("command", "deploy");
    ArrayNode all = root.putArray("regions");
    regions.forEach(r -> all.add(node(r, lint)));
    JsonText.putStrings(root, "schemaIdDifferences", schemaIds);
    return JsonText.write(root);
  }

  private static ObjectNode node(DeployReport report, Report lint) {
    ObjectNode root = JsonText.object();
    root.put("tool", Tool.current().name());
    root.put("command", "deploy");
    root.put("environment", report.environment());
    root.put("registry", report.registry());
    root.put("dryRun", report.dryRun());
    root.put(
        "status",
        report.refused()
            ? "refused"
            : report.dryRun() ? "planned" : report.written().isEmpty() ? "unchanged" : "applied");
    ArrayNode subjects = root.putArray("subjects");
    for (SubjectChange c : report.changes()) {
      ObjectNode s = subjects.addObject();
      s.put("subject", c.subject());
      s.put("file", c.file());
      JsonText.putStrings(s, "events", c.events());
      ArrayNode actions = s.putArray("actions");
      if (c.register()) {
        actions.add("register");
      }
      if (c.changesCompatibility()) {
        actions.add("compatibility");
      }
      s.put("newSubject", c.newSubject());
      if (c.latestVersion() != null) {
        s.put("version", c.latestVersion());
      }
      s.put("compatibility", c.compatibility().name());
      if (c.currentCompatibility() != null) {
        s.put("registryCompatibility", c.currentCompatibility().name());
      }
    }
    ArrayNode findings = root.putArray("lint");
    DeployFormat.refusingLint(lint).forEach(finding -> findings.add(JsonReport.finding(finding)));
    JsonText.putStrings(root, "refusals", report.refusals());
    JsonText.putStrings(root, "written", report.written());
    ObjectNode summary = root.putObject("summary");
    summary.put("register", report.registrations());
    summary.put("compatibility", report.compatibilityChanges());
    summary.put("unchanged", report.unchanged());
    summary.put("writes", report.written().size());
    return root;
  }
}
