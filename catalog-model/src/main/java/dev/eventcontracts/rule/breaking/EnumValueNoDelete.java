package dev.eventcontracts.rule.breaking;

import com.squareup.wire.schema.EnumConstant;
import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.EnumPair;
import dev.eventcontracts.breaking.Reservations;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * In JSON an enum value travels by name, so new readers reject old data holding a deleted value; in
 * binary the number only becomes free for reuse with another meaning.
 */
@RuleInfo(
    id = "ENUM_VALUE_NO_DELETE",
    category = Category.WIRE,
    summary =
        "An enum value is not deleted unless its number is reserved (and, in JSON, its name as"
            + " well).")
public final class EnumValueNoDelete implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (EnumPair enumPair : pair.changedEnums()) {
      Reservations reserved = null;
      for (EnumConstant value : enumPair.before().getConstants()) {
        if (enumPair.after().constant(value.getTag()) != null) {
          continue;
        }
        if (reserved == null) {
          reserved = Reservations.of(enumPair.after());
        }
        boolean json = enumPair.use().json();
        boolean number = reserved.number(value.getTag());
        boolean name = reserved.name(value.getName());
        String missing;
        if (!number && !name && json) {
          missing =
              " without reserving the number \""
                  + value.getTag()
                  + "\" and the name \""
                  + value.getName()
                  + "\"";
        } else if (!number) {
          missing = " without reserving the number \"" + value.getTag() + "\"";
        } else if (!name && json) {
          missing = " without reserving the name \"" + value.getName() + "\"";
        } else {
          continue;
        }
        out.report(
            pair.now(enumPair.after().getLocation()),
            enumPair.use().event(),
            "Previously present enum value \""
                + value.getTag()
                + "\" with name \""
                + value.getName()
                + "\" on enum \""
                + enumPair.name()
                + "\" was deleted"
                + missing
                + ".");
      }
    }
  }
}
