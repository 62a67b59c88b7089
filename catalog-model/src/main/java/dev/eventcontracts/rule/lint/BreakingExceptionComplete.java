package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.ApprovedBreak;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.rule.ApprovedBreaks;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import java.util.List;

/**
 * A breaking exception lets a break reach consumers, so it must say which rule it waives, for which
 * event or path, why, who approved it and until when; {@code catalog breaking} ignores one that
 * does not.
 */
@RuleInfo(
    id = "BREAKING_EXCEPTION_COMPLETE",
    category = Category.GOVERNANCE,
    summary =
        "A breaking exception names a rule, an event or path, a reason, an approver and an expiry"
            + " date.")
public final class BreakingExceptionComplete implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    for (ApprovedBreak exception : catalog.settings().breakingExceptions()) {
      List<String> lacks = ApprovedBreaks.lacks(exception);
      if (!lacks.isEmpty()) {
        out.report(
            exception.location(),
            exception.event(),
            "Breaking exception"
                + (exception.rule() == null ? "" : " for " + exception.rule())
                + " has no "
                + String.join(", no ", lacks)
                + "; it is not applied until it says what it waives, why, who approved it and"
                + " until when.");
      }
    }
  }
}
