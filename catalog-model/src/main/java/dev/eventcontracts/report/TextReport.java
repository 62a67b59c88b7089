package dev.eventcontracts.report;

import dev.eventcontracts.rule.Finding;

/** {@code path:line:col: RULE_ID message} per finding, then one {@code note:} line per note. */
final class TextReport {

  private TextReport() {}

  static String render(Report report) {
    StringBuilder text = new StringBuilder();
    for (Finding finding : report.findings()) {
      String where = finding.location().toString();
      if (!where.isEmpty()) {
        text.append(where).append(": ");
      }
      text.append(finding.rule()).append(' ').append(finding.message()).append('\n');
    }
    for (String note : report.notes()) {
      text.append("note: ").append(note).append('\n');
    }
    return text.toString();
  }
}
