package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.EnumPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * A proto2 enum is closed (unknown numbers go to unknown fields), a proto3 enum open (unknown
 * numbers are kept as the field's value); moving an enum between the two changes what readers do
 * with values they do not know.
 */
@RuleInfo(
    id = "ENUM_SAME_TYPE",
    category = Category.WIRE,
    summary = "An enum stays open (proto3) or closed (proto2).")
public final class EnumSameType implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (EnumPair enumPair : pair.changedEnums()) {
      String was = state(enumPair.before().getSyntax().toString());
      String is = state(enumPair.after().getSyntax().toString());
      if (!was.equals(is)) {
        out.report(
            pair.now(enumPair.after().getLocation()),
            enumPair.use().event(),
            "Enum \"" + enumPair.name() + "\" changed from " + was + " to " + is + ".");
      }
    }
  }

  private static String state(String syntax) {
    return syntax.contains("2") ? "closed" : "open";
  }
}
