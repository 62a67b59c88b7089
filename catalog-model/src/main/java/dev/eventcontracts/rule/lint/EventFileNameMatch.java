package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "EVENT_FILE_NAME_MATCH",
    category = Category.STRUCTURE,
    summary = "An event file is named after its event in kebab-case, so it can be found by name.")
public final class EventFileNameMatch implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    for (Event event : catalog.events()) {
      if (event.name() == null) {
        continue;
      }
      String expected = Event.kebab(event.name()) + ".yaml";
      String actual = event.file().substring(event.file().lastIndexOf('/') + 1);
      if (!actual.equals(expected)) {
        out.report(
            event.positions().of("name"),
            event.name(),
            "File of event \""
                + event.name()
                + "\" should be named \""
                + expected
                + "\", not \""
                + actual
                + "\".");
      }
    }
  }
}
