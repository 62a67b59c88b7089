package dev.eventcontracts.engine;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.registry.DeployReport;
import dev.eventcontracts.report.Report;

/**
 * The lint report the deploy was gated on and what the deploy planned and wrote; {@code failed()}
 * when lint errors or the registry refused it.
 */
public record DeployResult(Catalog catalog, Report lint, DeployReport deploy) {

  public boolean failed() {
    return deploy.refused();
  }

  public int exitCode() {
    return failed() ? 1 : 0;
  }
}
