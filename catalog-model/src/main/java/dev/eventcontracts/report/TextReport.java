package dev.eventcontracts.report;

import dev.eventcontracts.rule.Finding;

/**
 * {@code path:line:col: RULE_ID message} per finding, then one {@code note:} line per note. This is
 * the one place a finding becomes a line of text: the diff, the deploy report and the Maven log
 * print {@link #line} too.
 */
public final class TextReport {

  private TextReport() {}

  static String render(Report report) {
    StringBuilder text = new StringBuilder();
    for (Finding finding : report.findings()) {
      text.append(line(finding)).append('\n');
    }
    for (String note : report.notes()) {
      text.append(note(note)).append('\n');
    }
    return text.toString();
  }

  /** {@code path:line:col: RULE_ID message}, leaving out what is unknown of the location. */
  public static String line(Finding finding) {
    String where = finding.location().toString();
    String what = finding.rule() + " " + finding.message();
    return where.isEmpty() ? what : where + ": " + what;
  }

  /** {@code note: text}, for what a user must see even when nothing failed. */
  public static String note(String note) {
    return "note: " + note;
  }

  /** {@code text} and spaces to {@code width}, with at least one space after it: a table column. */
  static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }
}
