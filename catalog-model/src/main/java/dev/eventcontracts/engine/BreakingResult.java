package dev.eventcontracts.engine;

import dev.eventcontracts.model.ApprovedBreak;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.report.Report;
import dev.eventcontracts.rule.RuleRun;
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
    List<RuleRun.Applied> applied,
    List<ApprovedBreak> expired) {

  public BreakingResult {
    applied = List.copyOf(applied);
    expired = List.copyOf(expired);
  }

  public boolean failed() {
    return report.errors() > 0;
  }
}
