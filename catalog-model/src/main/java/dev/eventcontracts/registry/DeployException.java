package dev.eventcontracts.registry;

import dev.eventcontracts.CatalogException;
import java.util.ArrayList;
import java.util.List;

/**
 * A deploy that failed: the registry's error, then exactly which writes were made before it (if
 * any), so the user knows the state and that running again converges.
 */
public final class DeployException extends CatalogException {

  private static final long serialVersionUID = 1L;

  private final transient DeployReport report;

  DeployException(CatalogException cause, DeployReport report) {
    super(cause.exitCode(), lines(cause, report));
    initCause(cause);
    this.report = report;
  }

  private static List<String> lines(CatalogException cause, DeployReport report) {
    List<String> lines = new ArrayList<>(cause.problems());
    if (!report.written().isEmpty()) {
      lines.add(
          report.written().size()
              + " writes were made to "
              + report.environment()
              + " before the failure; running again converges:");
      report.written().forEach(w -> lines.add("  " + w));
    }
    return lines;
  }

  /** The plan and the writes made before the failure. */
  public DeployReport report() {
    return report;
  }
}
