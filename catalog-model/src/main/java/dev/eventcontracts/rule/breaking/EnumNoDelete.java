package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.EnumPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "ENUM_NO_DELETE",
    category = Category.WIRE,
    summary = "An enum an event still carries is not deleted; its consumers decode data with it.")
public final class EnumNoDelete implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (EnumPair enumPair : pair.enums()) {
      if (enumPair.after() != null || !enumPair.use().checked()) {
        continue;
      }
      String event = Deletions.liveEvent(pair, enumPair.use());
      if (event != null) {
        out.report(
            Deletions.where(pair, enumPair.before().getType(), enumPair.before().getLocation()),
            event,
            "Previously present enum \""
                + enumPair.before().getType()
                + "\" was deleted; event \""
                + event
                + "\" still carries it.");
      }
    }
  }
}
