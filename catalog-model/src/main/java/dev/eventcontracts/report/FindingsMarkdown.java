package dev.eventcontracts.report;

import dev.eventcontracts.rule.Finding;
import java.util.List;

/**
 * A report as GitHub-flavoured markdown for a job summary ({@code $GITHUB_STEP_SUMMARY}): a
 * heading, a verdict line with the counts {@link ReportSummary} gives, the findings as a table
 * (rule linked to its documentation, severity, where, message) and the notes as a list. The deploy
 * report's lint findings use {@link #table} too.
 */
final class FindingsMarkdown {

  /**
   * Rows shown; GitHub refuses a job summary over 1 MiB, and a table this long is read by search
   * anyway.
   */
  static final int MAX_ROWS = 1000;

  private FindingsMarkdown() {}

  static String render(Report report) {
    StringBuilder out = new StringBuilder();
    out.append("## catalog ").append(report.command()).append("\n\n");
    out.append("**")
        .append(verdict(report))
        .append("**: ")
        .append(DiffMarkdown.text(ReportSummary.of(report)))
        .append(".\n");
    if (!report.findings().isEmpty()) {
      out.append('\n').append(table(report.findings()));
    }
    if (!report.notes().isEmpty()) {
      out.append('\n');
      report.notes().forEach(note -> out.append("- ").append(DiffMarkdown.text(note)).append('\n'));
    }
    return out.toString();
  }

  /** What the command concluded, in its own words. */
  private static String verdict(Report report) {
    boolean failed = report.errors() > 0;
    return switch (report.command()) {
      case "lint" -> failed ? "Lint failed" : "Lint passed";
      case "breaking" -> failed ? "Breaking changes" : "Compatible";
      case "verify" -> failed ? "Drift" : "No drift";
      default -> failed ? "Failed" : "Passed";
    };
  }

  /** The findings as a table, one row each, at most {@link #MAX_ROWS}. */
  static String table(List<Finding> findings) {
    StringBuilder out = new StringBuilder("| Rule | Severity | Where | Message |\n");
    out.append("| --- | --- | --- | --- |\n");
    int rows = Math.min(findings.size(), MAX_ROWS);
    for (Finding finding : findings.subList(0, rows)) {
      String where = finding.location().toString();
      out.append("| [")
          .append(DiffMarkdown.code(finding.rule()))
          .append("](")
          .append(RuleDocs.helpUri(finding.rule()))
          .append(") | ")
          .append(finding.severity().id())
          .append(" | ")
          .append(where.isEmpty() ? "" : DiffMarkdown.code(where))
          .append(" | ")
          .append(DiffMarkdown.text(finding.message()))
          .append(" |\n");
    }
    if (rows < findings.size()) {
      out.append("\n_…and ")
          .append(ReportSummary.count(findings.size() - rows, "more finding"))
          .append(", listed by `--format text`._\n");
    }
    return out.toString();
  }
}
