package dev.eventcontracts.rule;

import java.util.Locale;

/** How much a finding matters: errors fail the command, warnings are reported only. */
public enum Severity {
  ERROR,
  WARNING;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
