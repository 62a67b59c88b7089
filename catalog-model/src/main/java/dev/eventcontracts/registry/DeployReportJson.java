package dev.eventcontracts.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A deploy as JSON for pipelines: the plan per subject, refusals and the writes made. */
public final class DeployReportJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DeployReportJson() {}

  public static String render(DeployReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("tool", "catalog");
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
      ArrayNode events = s.putArray("events");
      c.events().forEach(events::add);
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
    ArrayNode refusals = root.putArray("refusals");
    report.refusals().forEach(refusals::add);
    ArrayNode written = root.putArray("written");
    report.written().forEach(written::add);
    ObjectNode summary = root.putObject("summary");
    summary.put("register", report.registrations());
    summary.put("compatibility", report.compatibilityChanges());
    summary.put("unchanged", report.unchanged());
    summary.put("writes", report.written().size());
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
