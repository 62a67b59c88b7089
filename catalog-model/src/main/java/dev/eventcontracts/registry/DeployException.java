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

  /**
   * A multi-region deploy that failed in one region: the regions written in full before it, the
   * writes made in the failing one, and the regions not yet touched.
   */
  public static DeployException acrossRegions(
      DeployException failure, List<DeployReport> written, List<String> untouched) {
    List<String> lines = new ArrayList<>(((CatalogException) failure.getCause()).problems());
    for (DeployReport done : written) {
      lines.add(
          done.environment()
              + " was written in full ("
              + done.written().size()
              + " writes) before the failure");
    }
    DeployReport failed = failure.report();
    lines.add(
        failed.written().size()
            + " writes were made to "
            + failed.environment()
            + " before the failure"
            + (failed.written().isEmpty() ? "" : ":"));
    failed.written().forEach(w -> lines.add("  " + w));
    if (!untouched.isEmpty()) {
      lines.add("nothing was written to " + String.join(", ", untouched));
    }
    lines.add("running again converges");
    return new DeployException(failure.exitCode(), lines, failure, failed);
  }

  private DeployException(int exitCode, List<String> lines, Throwable cause, DeployReport report) {
    super(exitCode, lines);
    initCause(cause);
    this.report = report;
  }

  /** The plan and the writes made before the failure. */
  public DeployReport report() {
    return report;
  }
}
