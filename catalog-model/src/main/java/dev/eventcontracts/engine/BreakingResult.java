package dev.eventcontracts.engine;

import dev.eventcontracts.breaking.ApprovedExceptions;
import dev.eventcontracts.model.BreakingException;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.report.Report;
import java.util.List;

/**
 * Both catalogs, the breaking report (findings that still count; notes listing every applied,
 * expired, incomplete or unused exception), the findings exceptions let through, and the expired
 * exceptions. {@code failed()} when any finding is an error.
 */
public record BreakingResult(
    Catalog catalog,
    Catalog against,
    Report report,
    List<ApprovedExceptions.Applied> applied,
    List<BreakingException> expired) {

  public BreakingResult {
    applied = List.copyOf(applied);
    expired = List.copyOf(expired);
  }

  public boolean failed() {
    return report.errors() > 0;
  }
}
