package dev.eventcontracts.engine;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.registry.DeployReport;
import dev.eventcontracts.report.Report;
import java.util.List;

/**
 * The lint report the deploy was gated on and what the deploy planned and wrote; {@code failed()}
 * when lint errors or the registry refused it.
 *
 * @param deploy the primary registry's report (the only one of a single-registry environment)
 * @param regions in a multi-region environment, every region's report, primary first; else just
 *     {@code deploy}
 * @param schemaIds in a multi-region environment, one line per subject version whose schema ID
 *     differs between regions, naming the ID each region gave it; empty when they agree
 */
public record DeployResult(
    Catalog catalog,
    Report lint,
    DeployReport deploy,
    List<DeployReport> regions,
    List<String> schemaIds) {

  public DeployResult {
    regions = List.copyOf(regions);
    schemaIds = List.copyOf(schemaIds);
  }

  public DeployResult(Catalog catalog, Report lint, DeployReport deploy) {
    this(catalog, lint, deploy, List.of(deploy), List.of());
  }

  public boolean failed() {
    return regions.stream().anyMatch(DeployReport::refused);
  }

  public int exitCode() {
    return failed() ? 1 : 0;
  }
}
