package dev.eventcontracts.rule.breaking;

import com.squareup.wire.schema.Field;
import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.FieldPair;
import dev.eventcontracts.breaking.MessagePair;
import dev.eventcontracts.breaking.Reservations;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A reserved number marks data of a deleted field that may still be in topics and archives. */
@RuleInfo(
    id = "FIELD_NUMBER_NO_REUSE",
    category = Category.WIRE,
    summary = "A new field does not take a number (or, in JSON, a name) that REF reserved.")
public final class FieldNumberNoReuse implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (MessagePair message : pair.changedMessages()) {
      Reservations reserved = null;
      for (Field field : message.after().getFieldsAndOneOfFields()) {
        if (message.before().field(field.getTag()) != null) {
          continue;
        }
        if (reserved == null) {
          reserved = Reservations.of(message.before());
        }
        String what = null;
        if (reserved.number(field.getTag())) {
          what = "number \"" + field.getTag() + "\"";
        } else if (message.use().json() && reserved.name(field.getName())) {
          what = "name \"" + field.getName() + "\"";
        }
        if (what != null) {
          out.report(
              pair.now(field.getLocation()),
              message.use().event(),
              FieldPair.describe(field, message.name())
                  + " reuses the reserved "
                  + what
                  + "; data written under it before may still be read. Use a new number.");
        } else if (message.use().json()) {
          jsonKeyReuse(pair, message, field, reserved, out);
        }
      }
    }
  }

  /**
   * JSON readers accept a field under its name and under its JSON name, and old data holds a
   * deleted field under its JSON name (the lowerCamelCase of the reserved name, unless it declared
   * another): a new field answering to either key reads that data.
   */
  private static void jsonKeyReuse(
      CatalogPair pair, MessagePair message, Field field, Reservations reserved, Findings out) {
    Set<String> keys = new LinkedHashSet<>(List.of(field.getName(), FieldPair.jsonName(field)));
    for (String name : new TreeSet<>(reserved.names())) {
      for (String key : List.of(name, FieldPair.lowerCamel(name))) {
        if (keys.contains(key)) {
          out.report(
              pair.now(field.getLocation()),
              message.use().event(),
              FieldPair.describe(field, message.name())
                  + " answers to the JSON key \""
                  + key
                  + "\" of the reserved name \""
                  + name
                  + "\"; JSON data written before may still hold that key. Use another name.");
          return;
        }
      }
    }
  }
}
