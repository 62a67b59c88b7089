package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Status;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "EVENT_ACTIVE_PRODUCER",
    category = Category.STRUCTURE,
    summary = "An active event names at least one producer: someone publishes what is promised.")
public final class EventActiveProducer implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    for (Event event : catalog.events()) {
      if (event.status() == Status.ACTIVE && event.producers().isEmpty()) {
        out.report(
            event.positions().has("producers")
                ? event.positions().of("producers")
                : event.positions().of("name"),
            event.name(),
            "Active event \""
                + event.name()
                + "\" has no producers; list the services that publish it, or mark it draft.");
      }
    }
  }
}
