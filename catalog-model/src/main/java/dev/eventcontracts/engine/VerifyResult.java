package dev.eventcontracts.engine;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.report.Report;

/** The drift found between a registry and the catalog; {@code failed()} on any error. */
public record VerifyResult(Catalog catalog, Report report) {

  public boolean failed() {
    return report.errors() > 0;
  }
}
