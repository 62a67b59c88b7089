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
  private final List<String> inDoubt;

  DeployException(CatalogException cause, DeployReport report) {
    this(cause, report, List.of());
  }

  DeployException(CatalogException cause, DeployReport report, List<String> inDoubt) {
    super(cause.exitCode(), lines(cause, report, inDoubt));
    initCause(cause);
    this.report = report;
    this.inDoubt = List.copyOf(inDoubt);
  }

  private static List<String> lines(
      CatalogException cause, DeployReport report, List<String> inDoubt) {
    List<String> lines = new ArrayList<>(cause.problems());
    if (!report.written().isEmpty()) {
      lines.add(
          report.written().size()
              + " writes were made to "
              + report.environment()
              + " before the failure; running again converges:");
      report.written().forEach(w -> lines.add("  " + w));
    }
    if (!inDoubt.isEmpty()) {
      lines.add(
          inDoubt.size()
              + (inDoubt.size() == 1 ? " write was" : " writes were")
              + " sent but got no answer, so "
              + report.environment()
              + " may or may not hold "
              + (inDoubt.size() == 1 ? "it" : "them")
              + "; running again converges:");
      inDoubt.forEach(w -> lines.add("  " + w));
    }
    return lines;
  }

  /**
   * Writes sent before the failure that got no answer ({@code ? register SUBJECT}, {@code ?
   * compatibility SUBJECT ...}): the registry may have carried them out.
   */
  public List<String> inDoubt() {
    return inDoubt;
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
    if (!failure.inDoubt().isEmpty()) {
      lines.add(
          failure.inDoubt().size()
              + " sent to "
              + failed.environment()
              + " got no answer, so it may or may not hold them:");
      failure.inDoubt().forEach(w -> lines.add("  " + w));
    }
    if (!untouched.isEmpty()) {
      lines.add("nothing was written to " + String.join(", ", untouched));
    }
    lines.add("running again converges");
    return new DeployException(failure.exitCode(), lines, failure, failed, failure.inDoubt());
  }

  private DeployException(
      int exitCode,
      List<String> lines,
      Throwable cause,
      DeployReport report,
      List<String> inDoubt) {
    super(exitCode, lines);
    initCause(cause);
    this.report = report;
    this.inDoubt = List.copyOf(inDoubt);
  }

  /** The plan and the writes made before the failure. */
  public DeployReport report() {
    return report;
  }
}
