package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import java.util.HashMap;
import java.util.Map;

@RuleInfo(
    id = "EVENT_NAME_UNIQUE",
    category = Category.STRUCTURE,
    summary =
        "Every event name is defined once in the catalog, so references to it are unambiguous.")
public final class EventNameUnique implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    Map<String, Event> first = new HashMap<>();
    for (Event event : catalog.events()) {
      if (event.name() == null) {
        continue;
      }
      Event earlier = first.putIfAbsent(event.name(), event);
      if (earlier != null) {
        out.report(
            event.positions().of("name"),
            event.name(),
            "Event \"" + event.name() + "\" is already defined in " + earlier.file() + ".");
      }
    }
  }
}
