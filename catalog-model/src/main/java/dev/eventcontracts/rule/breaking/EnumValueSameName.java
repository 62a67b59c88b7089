package dev.eventcontracts.rule.breaking;

import com.squareup.wire.schema.EnumConstant;
import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.EnumPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * JSON carries enum values by name: writers print the first name declared for a number and readers
 * accept any of them. The printed name must stay the same; an alias added after it is safe.
 */
@RuleInfo(
    id = "ENUM_VALUE_SAME_NAME",
    category = "WIRE_JSON",
    summary = "An enum value of a JSON-encoded event keeps its name for its number.")
public final class EnumValueSameName implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (EnumPair enumPair : pair.changedEnums()) {
      if (!enumPair.use().json()) {
        continue;
      }
      for (EnumConstant value : enumPair.after().getConstants()) {
        EnumConstant then = enumPair.before().constant(value.getTag());
        EnumConstant printed = enumPair.after().constant(value.getTag());
        if (then == null || printed != value || then.getName().equals(value.getName())) {
          continue;
        }
        out.report(
            pair.now(value.getLocation()),
            enumPair.use().event(),
            "Enum value \""
                + value.getTag()
                + "\" on enum \""
                + enumPair.name()
                + "\" changed name from \""
                + then.getName()
                + "\" to \""
                + value.getName()
                + "\".");
      }
    }
  }
}
