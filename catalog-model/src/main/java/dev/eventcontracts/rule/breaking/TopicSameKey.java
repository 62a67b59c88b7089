package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.EventPair;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Topic;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import java.util.Objects;

/**
 * The partition key decides which partition, and so which order, records land in; changing it mixes
 * old and new orderings and breaks consumers that rely on per-key order.
 */
@RuleInfo(
    id = "TOPIC_SAME_KEY",
    category = Category.CONTRACT,
    summary = "A topic keeps its partition key.")
public final class TopicSameKey implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (EventPair event : pair.events()) {
      Event now = event.after();
      if (now == null || !event.checked()) {
        continue;
      }
      for (Topic topic : now.topics()) {
        for (Topic then : event.before().topics()) {
          if (Objects.equals(then.name(), topic.name())
              && topic.name() != null
              && !Objects.equals(then.key(), topic.key())) {
            out.report(
                topic.keyLocation() != null ? topic.keyLocation() : topic.location(),
                now.name(),
                "Topic \""
                    + topic.name()
                    + "\" of event \""
                    + now.name()
                    + "\" changed its partition key from "
                    + quoted(then.key())
                    + " to "
                    + quoted(topic.key())
                    + "; records of one key no longer stay in order.");
          }
        }
      }
    }
  }

  private static String quoted(String key) {
    return key == null ? "none" : "\"" + key + "\"";
  }
}
