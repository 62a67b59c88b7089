package dev.eventcontracts.rule;

/**
 * A check over a subject (a catalog for lint, a pair of catalogs for breaking). Every
 * implementation carries {@link RuleInfo} and is listed in {@link BuiltInRules}.
 */
public interface Rule<S> {

  void check(S subject, Findings out);

  default RuleMeta meta() {
    return RuleMeta.of(getClass());
  }
}
