package dev.eventcontracts.rule.breaking;

import com.squareup.wire.schema.EnumConstant;
import com.squareup.wire.schema.EnumType;
import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.EnumPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import java.util.Set;
import java.util.TreeSet;

/**
 * JSON carries enum values by name. Every name a number has now must be one it had before: a
 * rename, or (as buf also holds) an alias added for the number, changes what one side may write.
 */
@RuleInfo(
    id = "ENUM_VALUE_SAME_NAME",
    category = Category.WIRE_JSON,
    summary = "An enum value of a JSON-encoded event keeps its name for its number.")
public final class EnumValueSameName implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (EnumPair enumPair : pair.changedEnums()) {
      if (!enumPair.use().json()) {
        continue;
      }
      for (EnumConstant value : enumPair.after().getConstants()) {
        Set<String> then = names(enumPair.before(), value.getTag());
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

  private static Set<String> names(EnumType enumType, int number) {
    Set<String> names = new TreeSet<>();
    for (EnumConstant value : enumType.getConstants()) {
      if (value.getTag() == number) {
        names.add(value.getName());
      }
    }
    return names;
  }
}
