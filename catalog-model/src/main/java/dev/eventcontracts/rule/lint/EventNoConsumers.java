package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Status;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.rule.Severity;

@RuleInfo(
    id = "EVENT_NO_CONSUMERS",
    category = Category.STRUCTURE,
    severity = Severity.WARNING,
    summary =
        "An active event without consumers is flagged: it costs to produce and nobody reads it, or"
            + " its readers are undocumented.")
public final class EventNoConsumers implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    for (Event event : catalog.events()) {
      if (event.status() == Status.ACTIVE && event.consumers().isEmpty()) {
        out.report(
            event.positions().has("consumers")
                ? event.positions().of("consumers")
                : event.positions().of("name"),
            event.name(),
            "Event \"" + event.name() + "\" has no consumers; list the services that read it.");
      }
    }
  }
}
