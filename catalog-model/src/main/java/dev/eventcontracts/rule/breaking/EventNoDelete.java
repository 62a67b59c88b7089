package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.EventPair;
import dev.eventcontracts.model.Deprecation;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Status;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * An event with consumers goes away in two steps: deprecated with a sunset date (and a successor),
 * then deleted once the sunset has passed. An event without consumers can go at any time.
 */
@RuleInfo(
    id = "EVENT_NO_DELETE",
    category = Category.CONTRACT,
    summary =
        "An event with consumers is deleted only after it was deprecated and its sunset passed.")
public final class EventNoDelete implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (EventPair event : pair.events()) {
      Event then = event.before();
      if (event.after() != null || !event.checked() || then.consumers().isEmpty()) {
        continue;
      }
      Deprecation deprecation = then.deprecation();
      boolean deprecated = then.status() == Status.DEPRECATED;
      if (deprecated
          && deprecation != null
          && deprecation.sunset() != null
          && !pair.today().isBefore(deprecation.sunset())) {
        continue;
      }
      String advice;
      if (!deprecated) {
        advice = "mark it deprecated with a sunset date first, and delete it after that date";
      } else if (deprecation == null || deprecation.sunset() == null) {
        advice = "give its deprecation a sunset date, and delete it after that date";
      } else {
        advice = "it is deprecated until " + deprecation.sunset() + "; delete it after that date";
      }
      out.report(
          then.location(),
          then.name(),
          "Event \""
              + then.name()
              + "\" was deleted while consumers \""
              + String.join("\", \"", then.consumers())
              + "\" still read it; "
              + advice
              + ".");
    }
  }
}
