package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import java.util.regex.Pattern;

@RuleInfo(
    id = "EVENT_NAME_PASCAL_CASE",
    category = Category.NAMING,
    summary = "Event names are PascalCase, like the messages that carry them.")
public final class EventNamePascalCase implements LintRule {

  private static final Pattern PASCAL = Pattern.compile("[A-Z][a-zA-Z0-9]*");

  @Override
  public void check(Catalog catalog, Findings out) {
    for (Event event : catalog.events()) {
      String name = event.name();
      if (name != null && !PASCAL.matcher(name).matches()) {
        out.report(
            event.positions().of("name"),
            name,
            "Event name \"" + name + "\" should be PascalCase, such as \"" + pascal(name) + "\".");
      }
    }
  }

  static String pascal(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (char c : name.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
