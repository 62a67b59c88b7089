package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.SubjectNameStrategy;
import dev.eventcontracts.model.Topic;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import java.util.HashMap;
import java.util.Map;

@RuleInfo(
    id = "TOPIC_SINGLE_EVENT",
    category = Category.STRUCTURE,
    summary =
        "A topic carries one event, unless the subject name strategy is record or topic-record,"
            + " which give each event its own subject on a shared topic.")
public final class TopicSingleEvent implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    boolean shared = catalog.settings().subjectNameStrategy() != SubjectNameStrategy.TOPIC;
    Map<String, Event> owners = new HashMap<>();
    for (Event event : catalog.events()) {
      Map<String, Topic> own = new HashMap<>();
      for (Topic topic : event.topics()) {
        if (topic.name() == null) {
          continue;
        }
        if (own.putIfAbsent(topic.name(), topic) != null) {
          out.report(
              topic.location(),
              event.name(),
              "Topic \"" + topic.name() + "\" is listed twice for event \"" + event.name() + "\".");
          continue;
        }
        Event earlier = owners.putIfAbsent(topic.name(), event);
        if (earlier != null && !shared) {
          out.report(
              topic.location(),
              event.name(),
              "Topic \""
                  + topic.name()
                  + "\" already carries event \""
                  + earlier.name()
                  + "\"; with subjectNameStrategy \"topic\" both would share subject \""
                  + topic.name()
                  + "-value\". Use subjectNameStrategy record or topic-record, or a topic per"
                  + " event.");
        }
      }
    }
  }
}
