package dev.eventcontracts.rule;

import java.util.Locale;

/**
 * Which command runs a rule, and which section of {@code catalog.yaml} configures it: load and lint
 * rules share {@code lint:}, breaking rules have {@code breaking:}, verify rules only {@code
 * --strict}.
 */
public enum RuleFamily {
  LOAD,
  LINT,
  BREAKING,
  VERIFY;

  /** The name users read: {@code load}, {@code lint}, {@code breaking}, {@code verify}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
