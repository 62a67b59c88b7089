package dev.eventcontracts.report;

import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.RuleMeta;
import dev.eventcontracts.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML as CI test reporters read it: one test suite for the command, one test case per rule
 * that ran (class name = command, name = rule ID). A rule with error findings fails and lists them
 * in its {@code <failure>}; warnings are listed in the case's {@code <system-out>} without failing
 * it. Notes go to the suite's {@code <system-out>}.
 */
final class JunitReport {

  private JunitReport() {}

  static String render(Report report) {
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    for (RuleMeta rule : report.rules()) {
      byRule.putIfAbsent(rule.id(), new ArrayList<>());
    }
    for (Finding finding : report.findings()) {
      byRule.computeIfAbsent(finding.rule(), id -> new ArrayList<>()).add(finding);
    }
    long failures =
        byRule.values().stream()
            .filter(findings -> findings.stream().anyMatch(JunitReport::isError))
            .count();

    String command = report.command();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuite name=\"")
        .append(Xml.attribute(Tool.current().name() + " " + command))
        .append("\" tests=\"")
        .append(byRule.size())
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"0\" skipped=\"0\">\n");
    for (Map.Entry<String, List<Finding>> entry : byRule.entrySet()) {
      String rule = entry.getKey();
      List<Finding> findings = entry.getValue();
      xml.append("  <testcase classname=\"")
          .append(Xml.attribute(command))
          .append("\" name=\"")
          .append(Xml.attribute(rule))
          .append('"');
      if (findings.isEmpty()) {
        xml.append("/>\n");
        continue;
      }
      xml.append(">\n");
      List<Finding> errors = findings.stream().filter(JunitReport::isError).toList();
      List<Finding> warnings = findings.stream().filter(f -> !isError(f)).toList();
      if (!errors.isEmpty()) {
        xml.append("    <failure type=\"")
            .append(Xml.attribute(rule))
            .append("\" message=\"")
            .append(Xml.attribute(ReportSummary.count(errors.size(), "error")))
            .append("\">")
            .append(Xml.text(lines(errors)))
            .append("</failure>\n");
      }
      if (!warnings.isEmpty()) {
        xml.append("    <system-out>").append(Xml.text(lines(warnings))).append("</system-out>\n");
      }
      xml.append("  </testcase>\n");
    }
    if (!report.notes().isEmpty()) {
      xml.append("  <system-out>")
          .append(Xml.text(String.join("\n", report.notes()) + "\n"))
          .append("</system-out>\n");
    }
    xml.append("</testsuite>\n");
    return xml.toString();
  }

  private static boolean isError(Finding finding) {
    return finding.severity() == Severity.ERROR;
  }

  private static String lines(List<Finding> findings) {
    StringBuilder text = new StringBuilder();
    for (Finding finding : findings) {
      text.append(finding.location())
          .append(": ")
          .append(finding.severity().id())
          .append(": ")
          .append(finding.message())
          .append('\n');
    }
    return text.toString();
  }
}
