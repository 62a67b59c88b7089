package dev.eventcontracts.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.rule.Finding;

/**
 * The JSON report of DESIGN §4: {@code tool}, {@code command}, {@code findings}, {@code summary},
 * and {@code notes} when there are any. Unknown line, column or event are {@code null}, so every
 * finding has the same keys.
 */
final class JsonReport {

  private JsonReport() {}

  static String render(Report report) {
    ObjectNode root = JsonText.object();
    root.put("tool", Tool.current().name());
    root.put("command", report.command());
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : report.findings()) {
      SourceLocation location = finding.location();
      ObjectNode node = findings.addObject();
      node.put("rule", finding.rule());
      node.put("severity", finding.severity().id());
      node.put("file", location.path());
      putPositive(node, "line", location.line());
      putPositive(node, "column", location.column());
      node.put("event", finding.event());
      node.put("message", finding.message());
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("errors", report.errors());
    summary.put("warnings", report.warnings());
    if (!report.notes().isEmpty()) {
      ArrayNode notes = root.putArray("notes");
      report.notes().forEach(notes::add);
    }
    return JsonText.write(root);
  }

  private static void putPositive(ObjectNode node, String key, int value) {
    if (value > 0) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }
}
