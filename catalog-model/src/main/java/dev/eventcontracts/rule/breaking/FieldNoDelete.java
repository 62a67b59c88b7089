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
import java.util.Map;

/**
 * A deleted field reads fine in both directions today, but its number is then free for a field of
 * another type, and a later reuse would not be seen against a REF that no longer has the field.
 * Reserving the number (and, for JSON, the name) closes that door.
 */
@RuleInfo(
    id = "FIELD_NO_DELETE",
    category = Category.WIRE,
    summary =
        "A field is not deleted unless its number is reserved (and, in JSON, its name as well).")
public final class FieldNoDelete implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (MessagePair message : pair.changedMessages()) {
      Map<Integer, Field> now = CatalogPair.byNumber(message.after());
      Reservations reserved = null;
      for (Field field : message.before().getFieldsAndOneOfFields()) {
        if (now.containsKey(field.getTag())) {
          continue;
        }
        if (reserved == null) {
          reserved = Reservations.of(message.after());
        }
        boolean number = reserved.number(field.getTag());
        boolean name = reserved.name(field.getName());
        String missing;
        if (!number && (!name && message.use().json())) {
          missing = " without reserving the number \"" + field.getTag() + "\" and the name";
          missing += " \"" + field.getName() + "\"";
        } else if (!number) {
          missing = " without reserving the number \"" + field.getTag() + "\"";
        } else if (!name && message.use().json()) {
          missing = " without reserving the name \"" + field.getName() + "\"";
        } else {
          continue;
        }
        out.report(
            pair.now(message.after().getLocation()),
            message.use().event(),
            "Previously present "
                + lowerFirst(FieldPair.describe(field, message.name()))
                + " was deleted"
                + missing
                + ".");
      }
    }
  }

  static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
