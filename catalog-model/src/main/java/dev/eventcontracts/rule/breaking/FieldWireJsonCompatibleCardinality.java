package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.FieldPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * In proto3 JSON a singular field is a value, a repeated one an array and a map an object; a reader
 * of one form rejects the others in both directions.
 */
@RuleInfo(
    id = "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY",
    category = Category.WIRE_JSON,
    summary = "A field keeps its JSON shape: singular value, repeated array or map object.")
public final class FieldWireJsonCompatibleCardinality implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (FieldPair field : pair.fields()) {
      if (!field.use().json()) {
        continue;
      }
      Cardinality was = Cardinality.of(field.before());
      Cardinality is = Cardinality.of(field.after());
      if (was.singular() == is.singular() && (was == Cardinality.MAP) == (is == Cardinality.MAP)) {
        continue;
      }
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
