package dev.eventcontracts.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.RuleMeta;
import dev.eventcontracts.rule.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: one run whose driver describes every rule that
 * ran (with a {@code helpUri} at its entry in {@code docs/rules.md}), and one result per finding
 * pointing at a path relative to the catalog root ({@code %SRCROOT%}). The run's automation ID
 * carries the command, so lint and breaking results uploaded from one workflow stay apart.
 */
final class SarifReport {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private SarifReport() {}

  static String render(Report report) {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    List<RuleMeta> rules = new ArrayList<>();
    for (RuleMeta rule : report.rules()) {
      if (ruleIndex.putIfAbsent(rule.id(), rules.size()) == null) {
        rules.add(rule);
      }
    }
    for (Finding finding : report.findings()) {
      // A finding always comes from a rule that ran; this keeps ruleIndex valid if one did not.
      if (ruleIndex.putIfAbsent(finding.rule(), rules.size()) == null) {
        rules.add(new RuleMeta(finding.rule(), null, null, finding.severity(), finding.rule()));
      }
    }

    Tool tool = Tool.current();
    ObjectNode root = JsonText.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", tool.name());
    driver.put("informationUri", tool.informationUri());
    driver.put("version", tool.version());
    ArrayNode ruleNodes = driver.putArray("rules");
    for (RuleMeta rule : rules) {
      ruleNodes.add(rule(rule));
    }
    run.putObject("automationDetails").put("id", tool.name() + "/" + report.command() + "/");
    if (!report.notes().isEmpty()) {
      // Notes (approved breaks, the findings a baseline covers) are what SARIF calls tool
      // execution notifications; a run without notes keeps its old shape.
      ObjectNode invocation = run.putArray("invocations").addObject();
      invocation.put("executionSuccessful", true);
      ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
      for (String note : report.notes()) {
        ObjectNode notification = notifications.addObject();
        notification.put("level", "note");
        notification.putObject("message").put("text", note);
      }
    }

    ArrayNode results = run.putArray("results");
    for (Finding finding : report.findings()) {
      ObjectNode result = results.addObject();
      result.put("ruleId", finding.rule());
      result.put("ruleIndex", ruleIndex.get(finding.rule()));
      result.put("level", level(finding.severity()));
      result.putObject("message").put("text", finding.message());
      result.putArray("locations").addObject().set("physicalLocation", where(finding.location()));
      if (finding.event() != null) {
        result.putObject("properties").put("event", finding.event());
      }
    }
    return JsonText.write(root);
  }

  private static ObjectNode rule(RuleMeta rule) {
    ObjectNode node = JsonText.object();
    node.put("id", rule.id());
    node.put("name", upperCamel(rule.id()));
    node.putObject("shortDescription").put("text", rule.summary());
    String category = rule.category() == null ? "" : " Category: " + rule.category() + ".";
    node.putObject("fullDescription").put("text", rule.summary() + category);
    node.putObject("defaultConfiguration").put("level", level(rule.severity()));
    ObjectNode help = node.putObject("help");
    help.put("text", rule.id() + ": " + rule.summary() + category);
    help.put("markdown", "**" + rule.id() + "**: " + rule.summary() + category);
    node.put("helpUri", RuleDocs.helpUri(rule.id()));
    if (rule.category() != null) {
      node.putObject("properties")
          .putArray("tags")
          .add(rule.category().name().toLowerCase(Locale.ROOT));
    }
    return node;
  }

  private static ObjectNode where(SourceLocation location) {
    ObjectNode physical = JsonText.object();
    ObjectNode artifact = physical.putObject("artifactLocation");
    artifact.put("uri", uri(location.path()));
    artifact.put("uriBaseId", SRCROOT);
    if (location.line() >= 1) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", location.line());
      if (location.column() >= 1) {
        region.put("startColumn", location.column());
      }
    }
    return physical;
  }

  /**
   * A relative path as a URI reference: UTF-8, with anything outside RFC 3986 path characters
   * escaped.
   */
  static String uri(String path) {
    StringBuilder uri = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "/-._~!$&'()*+,;=:@".indexOf(c) >= 0)) {
        uri.append((char) c);
      } else {
        uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return uri.toString();
  }

  static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  /** {@code FIELD_NO_DELETE} → {@code FieldNoDelete}, the rule's class name. */
  static String upperCamel(String id) {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("_")) {
      if (!part.isEmpty()) {
        name.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return name.toString();
  }
}
