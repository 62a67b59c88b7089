package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Status;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "EVENT_DEPRECATION_SUNSET",
    category = Category.STRUCTURE,
    summary =
        "A deprecated event says until when it lives (deprecation.sunset), so its consumers can"
            + " plan the move.")
public final class EventDeprecationSunset implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    for (Event event : catalog.events()) {
      if (event.status() != Status.DEPRECATED) {
        continue;
      }
      if (event.deprecation() == null || event.deprecation().sunset() == null) {
        out.report(
            event.positions().has("status")
                ? event.positions().of("status")
                : event.positions().of("name"),
            event.name(),
            "Deprecated event \""
                + event.name()
                + "\" has no sunset date; add deprecation: { sunset: YYYY-MM-DD, replacedBy:"
                + " <event> }.");
      }
    }
  }
}
