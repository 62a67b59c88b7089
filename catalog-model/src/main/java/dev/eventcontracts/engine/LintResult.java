package dev.eventcontracts.engine;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.report.Report;

/** The loaded catalog and the lint report; {@code failed()} when any finding is an error. */
public record LintResult(Catalog catalog, Report report) {

  public boolean failed() {
    return report.errors() > 0;
  }
}
