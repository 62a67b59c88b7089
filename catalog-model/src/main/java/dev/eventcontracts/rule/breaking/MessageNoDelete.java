package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.MessagePair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "MESSAGE_NO_DELETE",
    category = Category.WIRE,
    summary = "A message an event still carries is not deleted; its consumers decode data with it.")
public final class MessageNoDelete implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (MessagePair message : pair.messages()) {
      if (message.after() != null || !message.use().checked()) {
        continue;
      }
      String event = Deletions.liveEvent(pair, message.use());
      if (event != null) {
        out.report(
            Deletions.where(pair, message.before().getType(), message.before().getLocation()),
            event,
            "Previously present message \""
                + message.qualifiedName()
                + "\" was deleted; event \""
                + event
                + "\" still carries it.");
      }
    }
  }
}
