package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.suggest.Suggestions;
import java.util.Map;

@RuleInfo(
    id = "EVENT_REPLACED_BY_DEFINED",
    category = Category.REFERENCES,
    summary = "A deprecated event's deprecation.replacedBy names another event of the catalog.")
public final class EventReplacedByDefined implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    Map<String, Event> byName = catalog.eventsByName();
    for (Event event : catalog.events()) {
      if (event.deprecation() == null || event.deprecation().replacedBy() == null) {
        continue;
      }
      String successor = event.deprecation().replacedBy();
      if (successor.equals(event.name())) {
        out.report(
            event.deprecation().positions().document(),
            event.name(),
            "Event \"" + event.name() + "\" cannot be replaced by itself.");
      } else if (!byName.containsKey(successor)) {
        String suggestion = Suggestions.closest(successor, byName.keySet());
        out.report(
            event.deprecation().positions().document(),
            event.name(),
            "Successor \""
                + successor
                + "\" of event \""
                + event.name()
                + "\" is not an event of the catalog"
                + (suggestion == null ? "." : "; did you mean \"" + suggestion + "\"?"));
      }
    }
  }
}
