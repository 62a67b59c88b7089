package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.FieldPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * {@code jstype} decides what JavaScript readers make of a 64-bit integer field: a string, a number
 * (which loses digits past 2^53) or the generator's default. The JSON text of the field stays the
 * same, but the JavaScript consumers a JSON-encoded event has read it as another type, so the rule
 * looks at JSON-encoded events.
 */
@RuleInfo(
    id = "FIELD_SAME_JSTYPE",
    category = Category.WIRE_JSON,
    summary = "A field of a JSON-encoded event keeps its jstype.")
public final class FieldSameJstype implements BreakingRule {

  private static final String DEFAULT = "JS_NORMAL";

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (FieldPair field : pair.fields()) {
      if (!field.use().json()) {
        continue;
      }
      String was = OptionValue.of(field.before().getOptions(), "jstype", DEFAULT);
      String is = OptionValue.of(field.after().getOptions(), "jstype", DEFAULT);
      if (!was.equals(is)) {
        out.report(
            pair.now(field.after().getLocation()),
            field.use().event(),
            field.describe()
                + " changed option \"jstype\" from \""
                + was
                + "\" to \""
                + is
                + "\".");
      }
    }
  }
}
