package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.EnumPair;
import dev.eventcontracts.model.Features;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * A closed enum (proto2, or {@code features.enum_type = CLOSED}) puts numbers it does not know into
 * unknown fields; an open one (proto3, editions' default) keeps them as the field's value. Moving
 * an enum between the two changes what readers do with values they do not know.
 */
@RuleInfo(
    id = "ENUM_SAME_TYPE",
    category = Category.WIRE,
    summary = "An enum stays open (proto3, editions) or closed (proto2, enum_type = CLOSED).")
public final class EnumSameType implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (EnumPair enumPair : pair.changedEnums()) {
      String was = state(pair.then(enumPair).enumType());
      String is = state(pair.now(enumPair).enumType());
      if (!was.equals(is)) {
        out.report(
            pair.now(enumPair.after().getLocation()),
            enumPair.use().event(),
            "Enum \"" + enumPair.name() + "\" changed from " + was + " to " + is + ".");
      }
    }
  }

  private static String state(Features.EnumType type) {
    return type == Features.EnumType.CLOSED ? "closed" : "open";
  }
}
