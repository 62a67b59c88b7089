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
    report.findings().forEach(finding -> findings.add(finding(finding)));
    ObjectNode summary = root.putObject("summary");
    summary.put("errors", report.errors());
    summary.put("warnings", report.warnings());
    if (!report.notes().isEmpty()) {
      JsonText.putStrings(root, "notes", report.notes());
    }
    return JsonText.write(root);
  }

  /**
   * A finding as every JSON output holds it (the lint, breaking and verify reports, the diff, the
   * deploy report): {@code rule}, {@code severity}, {@code file}, {@code line}, {@code column},
   * {@code event}, {@code message}, in that order.
   */
  static ObjectNode finding(Finding finding) {
    SourceLocation location = finding.location();
    ObjectNode node = JsonText.object();
    node.put("rule", finding.rule());
    node.put("severity", finding.severity().id());
    node.put("file", location.path());
    putPositive(node, "line", location.line());
    putPositive(node, "column", location.column());
    node.put("event", finding.event());
    node.put("message", finding.message());
    return node;
  }

  private static void putPositive(ObjectNode node, String key, int value) {
    if (value > 0) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }
}
