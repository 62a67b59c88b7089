package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * Checked for events encoded as proto3 JSON, where 64-bit integers are strings, 32-bit ones numbers
 * and bytes base64.
 */
@RuleInfo(
    id = "FIELD_WIRE_JSON_COMPATIBLE_TYPE",
    category = Category.WIRE_JSON,
    summary = "A field keeps a type whose binary and proto3 JSON forms both read the old one.")
public final class FieldWireJsonCompatibleType implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    TypeComparison.reportTypeChanges(pair, true, out);
  }
}
