package dev.eventcontracts.report;

import dev.eventcontracts.registry.DeployReport;
import dev.eventcontracts.registry.SubjectChange;
import dev.eventcontracts.rule.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * A deploy as a plan table, like {@code terraform plan}: the lint findings that refused it (as
 * {@link TextReport#line} prints them), one line per action ({@code + register}, {@code ~
 * compatibility}, {@code = unchanged}), a summary, and what was refused or written.
 */
final class DeployReportText {

  private DeployReportText() {}

  static String render(DeployReport report, Report lint, boolean colour) {
    StringBuilder out = new StringBuilder();
    for (Finding finding : DeployFormat.refusingLint(lint)) {
      out.append(TextReport.line(finding, colour)).append('\n');
    }
    out.append(report.dryRun() ? "Plan" : "Deploy")
        .append(" for ")
        .append(report.environment())
        .append(" (")
        .append(report.registry())
        .append(")\n\n");
    List<String[]> rows = new ArrayList<>();
    for (SubjectChange c : report.changes()) {
      if (c.register()) {
        String detail = c.newSubject() ? "new subject, " + c.compatibility() : "new version";
        rows.add(new String[] {"+ register", c.subject(), detail});
      }
      if (c.changesCompatibility() && !c.newSubject()) {
        rows.add(
            new String[] {
              "~ compatibility",
              c.subject(),
              (c.currentCompatibility() == null ? "(unset)" : c.currentCompatibility().name())
                  + " -> "
                  + c.compatibility()
            });
      }
      if (c.unchanged()) {
        rows.add(new String[] {"= unchanged", c.subject(), "version " + c.latestVersion()});
      }
    }
    int subjectWidth = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
    for (String[] row : rows) {
      out.append("  ")
          .append(TextReport.pad(row[0], 17))
          .append(TextReport.pad(row[1], subjectWidth + 2))
          .append(row[2])
          .append('\n');
    }
    if (!rows.isEmpty()) {
      out.append('\n');
    }
    out.append("Plan: ")
        .append(report.registrations())
        .append(" to register, ")
        .append(report.compatibilityChanges())
        .append(" compatibility to change, ")
        .append(report.unchanged())
        .append(" unchanged.\n");
    if (report.refused()) {
      out.append("\nRefused:\n");
      report.refusals().forEach(r -> out.append("  ").append(r).append('\n'));
    }
    if (!report.written().isEmpty()) {
      out.append("\nWritten to ").append(report.environment()).append(":\n");
      report.written().forEach(w -> out.append("  ").append(w).append('\n'));
    }
    if (report.dryRun()) {
      out.append("\nDry run: nothing was written.\n");
    } else if (report.refused()) {
      out.append(
          report.written().isEmpty()
              ? "\nNothing was written.\n"
              : "\nThe writes above were made before the refusal; running again converges.\n");
    } else if (report.written().isEmpty()) {
      out.append("\nNo changes: ").append(report.environment()).append(" matches the catalog.\n");
    } else {
      out.append("\nApplied ").append(report.written().size()).append(" writes.\n");
    }
    return out.toString();
  }
}
