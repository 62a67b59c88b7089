package dev.eventcontracts.report;

import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.Severity;

/**
 * One line per finding, then one {@code note:} line per note: {@code path:line:col: RULE_ID
 * message} for an error and {@code path:line:col: warning: RULE_ID message} for a warning, as gcc
 * and clang mark theirs, so the error lines editors and problem matchers already read keep their
 * shape. This is the one place a finding becomes a line of text: the diff, the deploy report and
 * the Maven log print {@link #line} too.
 */
public final class TextReport {

  /** ANSI SGR codes; only ever written when the caller says the output is a colour terminal. */
  private static final String RED = "\u001B[31m";

  private static final String YELLOW = "\u001B[33m";
  private static final String RESET = "\u001B[0m";

  private TextReport() {}

  static String render(Report report) {
    return render(report, false);
  }

  /** The report; with {@code colour}, each finding's severity marker in its colour. */
  static String render(Report report, boolean colour) {
    StringBuilder text = new StringBuilder();
    for (Finding finding : report.findings()) {
      text.append(line(finding, colour)).append('\n');
    }
    for (String note : report.notes()) {
      text.append(note(note)).append('\n');
    }
    return text.toString();
  }

  /**
   * {@code path:line:col: RULE_ID message}, or {@code path:line:col: warning: RULE_ID message} for
   * a warning, leaving out what is unknown of the location.
   */
  public static String line(Finding finding) {
    return line(finding, false);
  }

  /**
   * As {@link #line(Finding)}; with {@code colour}, an error's rule ID is red and a warning's
   * {@code warning: RULE_ID} yellow.
   */
  public static String line(Finding finding, boolean colour) {
    boolean warning = finding.severity() == Severity.WARNING;
    String marker = warning ? "warning: " + finding.rule() : finding.rule();
    if (colour) {
      marker = (warning ? YELLOW : RED) + marker + RESET;
    }
    String where = finding.location().toString();
    String what = marker + " " + finding.message();
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
