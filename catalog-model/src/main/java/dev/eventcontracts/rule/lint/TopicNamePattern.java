package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Placeholder;
import dev.eventcontracts.model.Topic;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "TOPIC_NAME_PATTERN",
    category = Category.NAMING,
    summary =
        "Topic names follow naming.topic of catalog.yaml, where {domain} is the domain folder,"
            + " {event} the kebab-case event name and {version} the event's version.")
public final class TopicNamePattern implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    String pattern = catalog.settings().topicPattern();
    if (pattern == null) {
      return;
    }
    for (Event event : catalog.events()) {
      if (event.name() == null) {
        continue;
      }
      String expected =
          pattern
              .replace("{domain}", String.valueOf(event.domain()))
              .replace("{event}", Event.kebab(event.name()))
              .replace("{version}", String.valueOf(event.version()));
      for (Topic topic : event.topics()) {
        if (topic.name() != null
            && !Placeholder.is(topic.name())
            && !topic.name().equals(expected)) {
          out.report(
              topic.location(),
              event.name(),
              "Topic \""
                  + topic.name()
                  + "\" should be named \""
                  + expected
                  + "\" after naming.topic \""
                  + pattern
                  + "\".");
        }
      }
    }
  }
}
