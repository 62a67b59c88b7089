package dev.eventcontracts.rule.breaking;

import com.squareup.wire.schema.Field;
import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.MessagePair;
import dev.eventcontracts.breaking.Reservations;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
    id = "RESERVED_MESSAGE_NO_DELETE",
    category = Category.WIRE,
    summary = "A message keeps every number and name it reserved, so none is reused later.")
public final class ReservedMessageNoDelete implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (MessagePair message : pair.changedMessages()) {
      Reservations then = Reservations.of(message.before());
      if (then.ranges().isEmpty() && then.names().isEmpty()) {
        continue;
      }
      Reservations now = Reservations.of(message.after());
      // Numbers a new field now takes are reported by FIELD_NUMBER_NO_REUSE.
      Set<Integer> taken = new HashSet<>();
      Set<String> takenNames = new HashSet<>();
      for (Field field : message.after().getFieldsAndOneOfFields()) {
        taken.add(field.getTag());
        takenNames.add(field.getName());
      }
      List<String> missing = then.numbersMissingFrom(now, taken);
      if (!missing.isEmpty()) {
        out.report(
            pair.now(message.after().getLocation()),
            message.use().event(),
            "Previously reserved numbers "
                + String.join(", ", missing)
                + " on message \""
                + message.name()
                + "\" are no longer reserved.");
      }
      for (String name : then.names()) {
        if (!now.name(name) && !takenNames.contains(name)) {
          out.report(
              pair.now(message.after().getLocation()),
              message.use().event(),
              "Previously reserved name \""
                  + name
                  + "\" on message \""
                  + message.name()
                  + "\" is no longer reserved.");
        }
      }
    }
  }
}
