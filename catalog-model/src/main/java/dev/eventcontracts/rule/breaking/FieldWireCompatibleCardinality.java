package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.FieldPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * On the binary wire a repeated reader takes one old singular value as a one-element list (packed
 * or not), so singular to repeated breaks only old readers of new data, which see a packed run or
 * keep only the last element; repeated to singular breaks new readers of old data. A map is a
 * repeated entry message on the wire.
 */
@RuleInfo(
    id = "FIELD_WIRE_COMPATIBLE_CARDINALITY",
    category = Category.WIRE,
    summary = "A field does not move between singular and repeated (or map) in binary encoding.")
public final class FieldWireCompatibleCardinality implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (FieldPair field : pair.fields()) {
      if (field.use().json()) {
        continue;
      }
      Cardinality was = Cardinality.of(field.before());
      Cardinality is = Cardinality.of(field.after());
      if (was.singular() == is.singular()) {
        continue;
      }
      if (field.use().breaks(!was.singular(), was.singular())) {
        out.report(
            pair.now(field.after().getLocation()),
            field.use().event(),
            field.describe()
                + " changed cardinality from \""
                + was.id()
                + "\" to \""
                + is.id()
                + "\".");
      }
    }
  }
}
