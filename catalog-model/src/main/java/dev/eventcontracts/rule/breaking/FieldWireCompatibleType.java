package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * Checked for events encoded as protobuf binary. A message field also keeps its encoding: a group
 * or {@code features.message_encoding = DELIMITED} field is written between start and end tags, a
 * length-prefixed one with its length, and neither reads the other.
 */
@RuleInfo(
    id = "FIELD_WIRE_COMPATIBLE_TYPE",
    category = Category.WIRE,
    summary =
        "A field keeps a type whose binary encoding reads the old one (int32/uint32/int64/uint64/bool; sint32/sint64; fixed32/sfixed32; fixed64/sfixed64; string to bytes), and a message field stays length-prefixed or delimited (group).")
public final class FieldWireCompatibleType implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    TypeComparison.reportTypeChanges(pair, false, out);
  }
}
