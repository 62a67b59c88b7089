package dev.eventcontracts.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs rules over a subject, stamps their metadata on what they find, and applies suppressions.
 * Rules are independent and stateless, so they run in parallel; the result is sorted, so the output
 * is the same on every run.
 */
public final class RuleRunner {

  private RuleRunner() {}

  public static <S> List<Finding> run(
      List<? extends Rule<S>> rules, S subject, Suppressions suppressions) {
    List<Finding> findings =
        rules.parallelStream()
            .filter(rule -> !suppressions.ruleOff(rule.meta()))
            .flatMap(rule -> check(rule, subject, suppressions).stream())
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    Collections.sort(findings);
    return findings;
  }

  private static <S> List<Finding> check(Rule<S> rule, S subject, Suppressions suppressions) {
    RuleMeta meta = rule.meta();
    List<Finding> found = new ArrayList<>();
    rule.check(
        subject,
        (location, event, message) -> {
          Finding finding = new Finding(meta.id(), meta.severity(), location, event, message);
          if (!suppressions.suppressed(finding)) {
            found.add(finding);
          }
        });
    return found;
  }
}
