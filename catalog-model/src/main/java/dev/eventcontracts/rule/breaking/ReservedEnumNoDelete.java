package dev.eventcontracts.rule.breaking;

import com.squareup.wire.schema.EnumConstant;
import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.EnumPair;
import dev.eventcontracts.breaking.Reservations;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import java.util.List;
import java.util.Set;

@RuleInfo(
    id = "RESERVED_ENUM_NO_DELETE",
    category = Category.WIRE,
    summary = "An enum keeps every number and name it reserved, so none is reused later.")
public final class ReservedEnumNoDelete implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (EnumPair enumPair : pair.changedEnums()) {
      Reservations then = Reservations.of(enumPair.before());
      if (then.ranges().isEmpty() && then.names().isEmpty()) {
        continue;
      }
      Reservations now = Reservations.of(enumPair.after());
      List<String> missing = then.numbersMissingFrom(now, Set.of());
      String where = " on enum \"" + enumPair.name() + "\"";
      if (!missing.isEmpty()) {
        boolean reused = false;
        for (EnumConstant value : enumPair.after().getConstants()) {
          reused |=
              then.number(value.getTag()) && enumPair.before().constant(value.getTag()) == null;
        }
        out.report(
            pair.now(enumPair.after().getLocation()),
            enumPair.use().event(),
            "Previously reserved numbers "
                + String.join(", ", missing)
                + where
                + " are no longer reserved"
                + (reused ? " and a value reuses one of them." : "."));
      }
      for (String name : then.names()) {
        if (!now.name(name)) {
          out.report(
              pair.now(enumPair.after().getLocation()),
              enumPair.use().event(),
              "Previously reserved name \"" + name + "\"" + where + " is no longer reserved.");
        }
      }
    }
  }
}
