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

  /** The plan and the writes made before the failure. */
  public DeployReport report() {
    return report;
  }
}
