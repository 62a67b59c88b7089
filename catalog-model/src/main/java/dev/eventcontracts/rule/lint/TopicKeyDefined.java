package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.MessageGraph;
import dev.eventcontracts.model.Topic;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "TOPIC_KEY_DEFINED",
    category = Category.REFERENCES,
    summary =
        "A topic's partition key is a field path (such as envelope.tenant_id) that exists in the"
            + " event's message and ends at a scalar field.")
public final class TopicKeyDefined implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    if (catalog.protos() == null) {
      return;
    }
    for (Event event : catalog.events()) {
      MessageType message =
          event.schemaMessage() == null ? null : catalog.protos().message(event.schemaMessage());
      if (message == null) {
        continue;
      }
      for (Topic topic : event.topics()) {
        if (topic.key() == null) {
          continue;
        }
        Field field = MessageGraph.field(catalog.protos().schema(), message, topic.key());
        if (field == null) {
          out.report(
              topic.keyLocation(),
              event.name(),
              "Key \""
                  + topic.key()
                  + "\" of topic \""
                  + topic.name()
                  + "\" is not a field path in message \""
                  + event.schemaMessage()
                  + "\".");
        } else if (!field.getType().isScalar() || field.isRepeated()) {
          out.report(
              topic.keyLocation(),
              event.name(),
              "Key \""
                  + topic.key()
                  + "\" of topic \""
                  + topic.name()
                  + "\" must end at a single scalar field, not "
                  + (field.isRepeated() ? "a repeated field" : "\"" + field.getType() + "\"")
                  + ".");
        }
      }
    }
  }
}
