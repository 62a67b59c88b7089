package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.EventPair;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/** Consumers decode with the encoding they were built for; a switch needs a new event version. */
@RuleInfo(
    id = "EVENT_SAME_ENCODING",
    category = Category.CONTRACT,
    summary = "An event keeps its encoding (protobuf or json).")
public final class EventSameEncoding implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (EventPair event : pair.events()) {
      Event now = event.after();
      if (now == null || !event.checked() || event.before().encoding() == now.encoding()) {
        continue;
      }
      out.report(
          now.positions().of("encoding"),
          now.name(),
          "Event \""
              + now.name()
              + "\" changed encoding from \""
              + event.before().encoding().id()
              + "\" to \""
              + now.encoding().id()
              + "\"; consumers decode the old encoding. Publish a new event version instead.");
    }
  }
}
