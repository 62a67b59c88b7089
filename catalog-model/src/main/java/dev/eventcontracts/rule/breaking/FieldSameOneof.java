package dev.eventcontracts.rule.breaking;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.OneOf;
import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.FieldPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Data written with several fields set keeps only the last one once they share a oneof. A field
 * that gains oneof-mates it used to coexist with (moved into or between oneofs) loses values for
 * new readers of old data; one that loses oneof-mates (moved out) loses them for old readers of new
 * data. Only fields present in both versions count as mates, so renaming a oneof, adding a new
 * field to it, or wrapping a lone field in one changes nothing on the wire.
 */
@RuleInfo(
    id = "FIELD_SAME_ONEOF",
    category = "WIRE",
    summary = "A field does not move into, out of, or between oneofs.")
public final class FieldSameOneof implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (FieldPair field : pair.fields()) {
      String was = FieldPair.oneofOf(field.message().before(), field.before());
      String is = FieldPair.oneofOf(field.message().after(), field.after());
      if (Objects.equals(was, is)) {
        continue;
      }
      String change;
      if (was == null) {
        change = " moved from outside to inside oneof \"" + is + "\".";
      } else if (is == null) {
        change = " moved from inside oneof \"" + was + "\" to outside a oneof.";
      } else {
        change = " moved from oneof \"" + was + "\" to oneof \"" + is + "\".";
      }
      Set<Integer> matesThen = mates(field.message().before(), field.message().after(), field);
      Set<Integer> matesNow = mates(field.message().after(), field.message().before(), field);
      boolean gained = !matesThen.containsAll(matesNow);
      boolean lost = !matesNow.containsAll(matesThen);
      if ((gained || lost) && field.use().breaks(gained, lost)) {
        out.report(
            pair.now(field.after().getLocation()), field.use().event(), field.describe() + change);
      }
    }
  }

  /** The other fields sharing {@code field}'s oneof in {@code message} that {@code other} has. */
  private static Set<Integer> mates(MessageType message, MessageType other, FieldPair field) {
    Set<Integer> mates = new TreeSet<>();
    for (OneOf oneOf : message.getOneOfs()) {
      boolean contains = oneOf.getFields().stream().anyMatch(f -> f.getTag() == field.number());
      if (contains) {
        for (Field member : oneOf.getFields()) {
          if (member.getTag() != field.number() && other.field(member.getTag()) != null) {
            mates.add(member.getTag());
          }
        }
      }
    }
    return mates;
  }
}
