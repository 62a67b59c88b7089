package dev.eventcontracts.report;

import dev.eventcontracts.registry.DeployReport;
import dev.eventcontracts.rule.Finding;
import java.util.List;

/**
 * The forms of {@code catalog deploy}'s report: a plan table for people, JSON for pipelines,
 * markdown for a release job's summary.
 */
public enum DeployFormat implements OutputFormat {
  /** A plan table like {@code terraform plan}, after the lint findings that refused the deploy. */
  TEXT,
  /** The plan, the refusing lint findings, refusals and writes as one JSON document. */
  JSON,
  /** The plan as a markdown table, refusals and writes as lists, for a GitHub job summary. */
  MARKDOWN;

  /** The report of a deploy that lint did not refuse, such as one that failed part-way. */
  public String render(DeployReport deploy) {
    return render(deploy, new Report("lint", List.of(), List.of(), List.of()));
  }

  /** The report of a deploy gated on {@code lint}, whose findings it shows when they refused it. */
  public String render(DeployReport deploy, Report lint) {
    return render(deploy, lint, false);
  }

  /**
   * As {@link #render(DeployReport, Report)}; {@code colour} says the text goes to a terminal that
   * shows colour, which the caller decides (only {@link #TEXT} has colour).
   */
  public String render(DeployReport deploy, Report lint, boolean colour) {
    return switch (this) {
      case TEXT -> DeployReportText.render(deploy, lint, colour);
      case JSON -> DeployReportJson.render(deploy, lint);
      case MARKDOWN -> DeployReportMarkdown.render(deploy, lint);
    };
  }

  /**
   * The reports of a multi-region deploy, primary first, and the schema IDs that differ between the
   * regions; one region alone renders as {@link #render(DeployReport, Report, boolean)}.
   */
  public String render(
      List<DeployReport> regions, List<String> schemaIds, Report lint, boolean colour) {
    if (regions.size() == 1 && schemaIds.isEmpty()) {
      return render(regions.get(0), lint, colour);
    }
    if (this == JSON) {
      return DeployReportJson.render(regions, schemaIds, lint);
    }
    StringBuilder out = new StringBuilder();
    for (DeployReport region : regions) {
      out.append(render(region, lint, colour));
      if (!out.toString().endsWith("\n")) {
        out.append('\n');
      }
      out.append('\n');
    }
    if (!schemaIds.isEmpty()) {
      String bullet = this == MARKDOWN ? "- " : "  ";
      out.append(
          "Schema IDs differ between the regions (the registries assigned their own; records"
              + " replicated between regions name the writer's):\n");
      schemaIds.forEach(line -> out.append(bullet).append(line).append('\n'));
    }
    return out.toString();
  }

  /** The lint findings a deploy report shows: all of them when an error refused the deploy. */
  public static List<Finding> refusingLint(Report lint) {
    return lint.errors() > 0 ? lint.findings() : List.of();
  }

  @Override
  public String toString() {
    return id();
  }
}
