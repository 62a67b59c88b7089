package dev.eventcontracts.registry;

import java.util.List;

/** The registry's verdict on a new version, with its reasons when it is incompatible. */
public record CompatibilityCheck(boolean compatible, List<String> reasons) {

  public CompatibilityCheck {
    reasons = List.copyOf(reasons);
  }
}
