package dev.eventcontracts.rule.breaking;

import com.squareup.wire.schema.EnumConstant;
import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.EnumPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import java.util.Set;
import java.util.TreeSet;

/** JSON carries enum values by name; a renamed value is unknown to readers of the other side. */
@RuleInfo(
    id = "ENUM_VALUE_SAME_NAME",
    category = "WIRE_JSON",
    summary = "An enum value of a JSON-encoded event keeps its name for its number.")
public final class EnumValueSameName implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (EnumPair enumPair : pair.enums()) {
      if (enumPair.after() == null || !enumPair.use().checked() || !enumPair.use().json()) {
        continue;
      }
      for (EnumConstant value : enumPair.after().getConstants()) {
        Set<String> then = names(enumPair, value.getTag(), true);
        if (then.isEmpty() || then.contains(value.getName())) {
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
                + String.join("\", \"", then)
                + "\" to \""
                + value.getName()
                + "\".");
      }
    }
  }

  private static Set<String> names(EnumPair enumPair, int number, boolean before) {
    Set<String> names = new TreeSet<>();
    for (EnumConstant value : (before ? enumPair.before() : enumPair.after()).getConstants()) {
      if (value.getTag() == number) {
        names.add(value.getName());
      }
    }
    return names;
  }
}
