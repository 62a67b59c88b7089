package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Placeholder;
import dev.eventcontracts.model.Service;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.suggest.Suggestions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@RuleInfo(
    id = "EVENT_SERVICE_DEFINED",
    category = Category.REFERENCES,
    summary = "Every producer and consumer of an event is a service with a file under services/.")
public final class EventServiceDefined implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    Set<String> services =
        catalog.services().stream()
            .map(Service::name)
            .filter(n -> n != null)
            .collect(Collectors.toSet());
    for (Event event : catalog.events()) {
      check(event, "producers", event.producers(), services, out);
      check(event, "consumers", event.consumers(), services, out);
    }
  }

  private static void check(
      Event event, String key, List<String> names, Set<String> services, Findings out) {
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (!services.contains(name) && !Placeholder.is(name)) {
        String suggestion = Suggestions.closest(name, services);
        out.report(
            event.positions().of(key + "[" + i + "]"),
            event.name(),
            "Service \""
                + name
                + "\" in "
                + key
                + " has no file services/"
                + name
                + ".yaml"
                + (suggestion == null ? "." : "; did you mean \"" + suggestion + "\"?"));
      }
    }
  }
}
