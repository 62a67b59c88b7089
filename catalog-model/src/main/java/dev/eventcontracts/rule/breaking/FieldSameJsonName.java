package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.FieldPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * JSON writers use the json_name (lowerCamelCase of the name unless declared); a reader that does
 * not know the new key drops or rejects it. A rename is reported by FIELD_SAME_NAME alone.
 */
@RuleInfo(
    id = "FIELD_SAME_JSON_NAME",
    category = Category.WIRE_JSON,
    summary = "A field of a JSON-encoded event keeps its json_name.")
public final class FieldSameJsonName implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (FieldPair field : pair.fields()) {
      if (!field.use().json() || !field.before().getName().equals(field.after().getName())) {
        continue;
      }
      String was = FieldPair.jsonName(field.before());
      String is = FieldPair.jsonName(field.after());
      if (!was.equals(is)) {
        out.report(
            pair.now(field.after().getLocation()),
            field.use().event(),
            field.describe()
                + " changed option \"json_name\" from \""
                + was
                + "\" to \""
                + is
                + "\".");
      }
    }
  }
}
