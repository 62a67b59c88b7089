package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.FieldPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/** Binary data carries numbers, so a rename is safe there; JSON carries the names themselves. */
@RuleInfo(
    id = "FIELD_SAME_NAME",
    category = Category.WIRE_JSON,
    summary = "A field of a JSON-encoded event keeps its name, which is its key in the JSON.")
public final class FieldSameName implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (FieldPair field : pair.fields()) {
      if (field.use().json() && !field.before().getName().equals(field.after().getName())) {
        out.report(
            pair.now(field.after().getLocation()),
            field.use().event(),
            "Field \""
                + field.number()
                + "\" on message \""
                + field.message().name()
                + "\" changed name from \""
                + field.before().getName()
                + "\" to \""
                + field.after().getName()
                + "\".");
      }
    }
  }
}
