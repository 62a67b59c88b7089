package dev.eventcontracts.report;

/** The one-line count a command ends with, such as {@code 2 errors, 1 warning}. */
public final class ReportSummary {

  private ReportSummary() {}

  public static String of(Report report) {
    return count(report.errors(), "error") + ", " + count(report.warnings(), "warning");
  }

  /** {@code 1 error}, {@code 2 errors}: a count with its noun, plural unless it is one. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
