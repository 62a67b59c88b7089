package dev.eventcontracts.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runs rules over a subject, stamps their metadata on what they find, and applies suppressions. */
public final class RuleRunner {

  private RuleRunner() {}

  public static <S> List<Finding> run(
      List<? extends Rule<S>> rules, S subject, Suppressions suppressions) {
    List<Finding> findings = new ArrayList<>();
    for (Rule<S> rule : rules) {
      RuleMeta meta = rule.meta();
      if (suppressions.ruleOff(meta)) {
        continue;
      }
      rule.check(
          subject,
          (location, event, message) -> {
            Finding finding = new Finding(meta.id(), meta.severity(), location, event, message);
            if (!suppressions.suppressed(finding)) {
              findings.add(finding);
            }
          });
    }
    Collections.sort(findings);
    return findings;
  }
}
