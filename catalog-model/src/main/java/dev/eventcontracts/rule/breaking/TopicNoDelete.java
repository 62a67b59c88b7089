package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.EventPair;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Topic;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/** Consumers subscribe by topic name; a removed or renamed topic silently stops their feed. */
@RuleInfo(
    id = "TOPIC_NO_DELETE",
    category = Category.CONTRACT,
    summary = "An event keeps every topic it is published on; a rename counts as a removal.")
public final class TopicNoDelete implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (EventPair event : pair.events()) {
      Event now = event.after();
      if (now == null || !event.checked()) {
        continue;
      }
      for (Topic topic : event.before().topics()) {
        // a topic without a name (YAML_REQUIRED_KEY at lint) has nothing to be kept by
        if (topic.name() == null) {
          continue;
        }
        boolean kept = now.topics().stream().anyMatch(t -> topic.name().equals(t.name()));
        if (!kept) {
          out.report(
              now.positions().has("topics") ? now.positions().of("topics") : now.location(),
              now.name(),
              "Topic \""
                  + topic.name()
                  + "\" of event \""
                  + now.name()
                  + "\" was removed or renamed; its consumers stop receiving the event.");
        }
      }
    }
  }
}
