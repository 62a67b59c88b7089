package dev.eventcontracts.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs rules over a subject, stamps their metadata on what they find, and lets a {@link
 * RuleSelection} decide what counts. Rules are independent and stateless, so they run in parallel;
 * the result is sorted, so the output is the same on every run.
 */
public final class RuleRunner {

  private RuleRunner() {}

  /** The findings of every selected rule, before approved breaks are applied. */
  public static <S> List<Finding> run(
      List<? extends Rule<S>> rules, S subject, RuleSelection selection) {
    List<Finding> findings =
        rules.parallelStream()
            .filter(rule -> selection.runs(rule.meta()))
            .flatMap(rule -> check(rule, subject, selection).stream())
            .collect(Collectors.toCollection(ArrayList::new));
    Collections.sort(findings);
    return findings;
  }

  private static <S> List<Finding> check(Rule<S> rule, S subject, RuleSelection selection) {
    RuleMeta meta = rule.meta();
    List<Finding> found = new ArrayList<>();
    rule.check(
        subject,
        (location, event, message) -> {
          Finding finding =
              selection.admit(
                  meta, new Finding(meta.id(), meta.severity(), location, event, message));
          if (finding != null) {
            found.add(finding);
          }
        });
    return found;
  }
}
