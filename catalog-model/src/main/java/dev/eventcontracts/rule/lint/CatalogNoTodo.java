package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Domain;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Placeholder;
import dev.eventcontracts.model.Topic;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.rule.Severity;
import java.util.List;

/**
 * The {@code TODO} placeholders {@code catalog import} writes, one finding each, so that lint lists
 * exactly what a person has to fill in. A warning: an imported catalog deploys as it is.
 */
@RuleInfo(
    id = "CATALOG_NO_TODO",
    category = Category.STRUCTURE,
    severity = Severity.WARNING,
    summary =
        "No owner, producer, consumer or topic is the placeholder TODO that catalog import writes"
            + " where only a person knows the answer.")
public final class CatalogNoTodo implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    for (Domain domain : catalog.domains()) {
      if (Placeholder.is(domain.owner())) {
        out.report(
            domain.positions().of("owner"),
            null,
            "Domain \"" + domain.id() + "\" has owner TODO; name the team that answers for it.");
      }
    }
    for (Event event : catalog.events()) {
      if (Placeholder.is(event.owner())) {
        out.report(
            event.positions().of("owner"),
            event.name(),
            "Event \"" + event.name() + "\" has owner TODO; name the team that answers for it.");
      }
      services(event, "producers", event.producers(), "publish", out);
      services(event, "consumers", event.consumers(), "read", out);
      for (int i = 0; i < event.topics().size(); i++) {
        Topic topic = event.topics().get(i);
        if (Placeholder.is(topic.name())) {
          out.report(
              topic.location(),
              event.name(),
              "Event \"" + event.name() + "\" has topic TODO; name the topics it is published on.");
        }
      }
    }
  }

  private static void services(
      Event event, String key, List<String> names, String verb, Findings out) {
    for (int i = 0; i < names.size(); i++) {
      if (Placeholder.is(names.get(i))) {
        out.report(
            event.positions().of(key + "[" + i + "]"),
            event.name(),
            "Event \""
                + event.name()
                + "\" lists TODO in "
                + key
                + "; name the services that "
                + verb
                + " it.");
      }
    }
  }
}
