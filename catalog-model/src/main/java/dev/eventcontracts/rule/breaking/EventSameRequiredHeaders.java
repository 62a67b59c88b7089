package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.EventPair;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.HeaderSpec;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import java.util.Set;
import java.util.TreeSet;

/**
 * Records already written lack a header that becomes required, and consumers that read a header no
 * longer required may stop finding it. Both the catalog's header contract and the event's own
 * headers count, with {@code requiredWhen} evaluated for the event.
 */
@RuleInfo(
    id = "EVENT_SAME_REQUIRED_HEADERS",
    category = Category.CONTRACT,
    summary = "An event's records neither gain nor lose a required header.")
public final class EventSameRequiredHeaders implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (EventPair event : pair.events()) {
      Event now = event.after();
      if (now == null || !event.checked()) {
        continue;
      }
      Set<String> then = required(pair.before(), event.before());
      Set<String> required = required(pair.after(), now);
      for (String header : required) {
        if (!then.contains(header)) {
          out.report(
              now.location(),
              now.name(),
              "Header \""
                  + header
                  + "\" became required for event \""
                  + now.name()
                  + "\"; records already written lack it.");
        }
      }
      for (String header : then) {
        if (!required.contains(header)) {
          out.report(
              now.location(),
              now.name(),
              "Header \""
                  + header
                  + "\" is no longer required for event \""
                  + now.name()
                  + "\"; consumers that read it may no longer find it.");
        }
      }
    }
  }

  private static Set<String> required(Catalog catalog, Event event) {
    Set<String> names = new TreeSet<>();
    for (HeaderSpec header : catalog.settings().headers()) {
      if (header.name() != null && header.requiredFor(event)) {
        names.add(header.name());
      }
    }
    for (HeaderSpec header : event.headers()) {
      if (header.name() != null && header.requiredFor(event)) {
        names.add(header.name());
      }
    }
    return names;
  }
}
