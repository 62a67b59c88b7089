package dev.eventcontracts.engine;

import dev.eventcontracts.diff.ContractDiff;
import dev.eventcontracts.report.DiffFormat;

/** The contract diff, ready to print in any of its formats. */
public record DiffResult(ContractDiff diff) {

  public String render(DiffFormat format) {
    return format.render(diff);
  }
}
