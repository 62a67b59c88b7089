package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.EventPair;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import java.util.Objects;

/** The schema message is the event's payload type; pointing at another one changes the payload. */
@RuleInfo(
    id = "EVENT_SAME_MESSAGE",
    category = Category.CONTRACT,
    summary = "An event's schema keeps pointing at the same message.")
public final class EventSameMessage implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (EventPair event : pair.events()) {
      Event now = event.after();
      if (now == null
          || !event.checked()
          || Objects.equals(event.before().schemaMessage(), now.schemaMessage())) {
        continue;
      }
      out.report(
          now.positions().of("schema.message"),
          now.name(),
          "Event \""
              + now.name()
              + "\" changed its schema message from \""
              + event.before().schemaMessage()
              + "\" to \""
              + now.schemaMessage()
              + "\"; evolve the message in place or publish a new event version.");
    }
  }
}
