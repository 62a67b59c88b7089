package dev.eventcontracts.report;

import dev.eventcontracts.registry.DeployReport;
import dev.eventcontracts.registry.SubjectChange;
import java.util.ArrayList;
import java.util.List;

/**
 * A deploy as GitHub-flavoured markdown for a release job's summary: a heading naming the
 * environment and registry, the lint findings that refused it (as {@link FindingsMarkdown#table}),
 * the plan as a table with a row per action as the text plan has, the plan's counts, what was
 * refused and what was written as lists, and the same closing line as the text.
 */
final class DeployReportMarkdown {

  private DeployReportMarkdown() {}

  static String render(DeployReport report, Report lint) {
    StringBuilder out = new StringBuilder();
    out.append("## ")
        .append(report.dryRun() ? "Plan for " : "Deploy to ")
        .append(DiffMarkdown.code(report.environment()))
        .append(" at ")
        .append(DiffMarkdown.code(report.registry()))
        .append("\n\n");
    if (!DeployFormat.refusingLint(lint).isEmpty()) {
      out.append("### Lint findings\n\n")
          .append(FindingsMarkdown.table(DeployFormat.refusingLint(lint)))
          .append('\n');
    }
    List<String[]> rows = rows(report);
    if (!rows.isEmpty()) {
      out.append("| Subject | Action | Version / compatibility | Events |\n");
      out.append("| --- | --- | --- | --- |\n");
      for (String[] row : rows) {
        out.append("| ").append(String.join(" | ", row)).append(" |\n");
      }
      out.append('\n');
    }
    out.append("**Plan:** ")
        .append(report.registrations())
        .append(" to register, ")
        .append(report.compatibilityChanges())
        .append(" compatibility to change, ")
        .append(report.unchanged())
        .append(" unchanged.\n");
    list(out, "Refused", report.refusals());
    list(out, "Written to " + DiffMarkdown.code(report.environment()), report.written());
    out.append('\n').append(conclusion(report)).append('\n');
    return out.toString();
  }

  /** One row per action, as the text plan lists them. */
  private static List<String[]> rows(DeployReport report) {
    List<String[]> rows = new ArrayList<>();
    for (SubjectChange c : report.changes()) {
      String subject = DiffMarkdown.code(c.subject());
      String events = String.join(", ", c.events().stream().map(DiffMarkdown::code).toList());
      if (c.register()) {
        String detail = c.newSubject() ? "new subject, " + c.compatibility() : "new version";
        rows.add(new String[] {subject, "register", detail, events});
      }
      if (c.changesCompatibility() && !c.newSubject()) {
        String from =
            c.currentCompatibility() == null ? "(unset)" : c.currentCompatibility().name();
        rows.add(new String[] {subject, "compatibility", from + " → " + c.compatibility(), events});
      }
      if (c.unchanged()) {
        rows.add(new String[] {subject, "unchanged", "version " + c.latestVersion(), events});
      }
    }
    return rows;
  }

  private static void list(StringBuilder out, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append("\n### ").append(title).append("\n\n");
    items.forEach(item -> out.append("- ").append(DiffMarkdown.text(item)).append('\n'));
  }

  private static String conclusion(DeployReport report) {
    if (report.dryRun()) {
      return "Dry run: nothing was written.";
    }
    if (report.refused()) {
      return report.written().isEmpty()
          ? "Nothing was written."
          : "The writes above were made before the refusal; running again converges.";
    }
    if (report.written().isEmpty()) {
      return "No changes: " + DiffMarkdown.code(report.environment()) + " matches the catalog.";
    }
    return "Applied " + ReportSummary.count(report.written().size(), "write") + ".";
  }
}
