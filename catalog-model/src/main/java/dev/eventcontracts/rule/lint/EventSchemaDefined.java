package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.suggest.Suggestions;
import java.util.Set;
import java.util.stream.Collectors;

@RuleInfo(
    id = "EVENT_SCHEMA_DEFINED",
    category = Category.REFERENCES,
    summary =
        "An event's schema.message is the fully qualified name of a message declared under"
            + " protoRoot.")
public final class EventSchemaDefined implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    Set<String> known =
        catalog.protos() == null
            ? Set.of()
            : catalog.protos().messages().stream()
                .map(m -> m.getType().toString())
                .collect(Collectors.toSet());
    for (Event event : catalog.events()) {
      String message = event.schemaMessage();
      if (message == null) {
        continue;
      }
      if (catalog.protos() == null
          || catalog.protos().message(message) == null
          || !known.contains(message)) {
        String suggestion = Suggestions.closest(message, known);
        out.report(
            event.positions().of("schema.message"),
            event.name(),
            "Message \""
                + message
                + "\" of event \""
                + event.name()
                + "\" is not declared under "
                + catalog.settings().protoRoot()
                + "/"
                + (suggestion == null
                    ? "; give the fully qualified name (package.Message)."
                    : "; did you mean \"" + suggestion + "\"?"));
      }
    }
  }
}
