package dev.eventcontracts.rule;

import dev.eventcontracts.Parallel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
    List<? extends Rule<S>> selected =
        rules.stream().filter(rule -> selection.runs(rule.meta())).toList();
    List<Finding> findings = new ArrayList<>();
    Parallel.map(selected, rule -> check(rule, subject, selection)).forEach(findings::addAll);
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
