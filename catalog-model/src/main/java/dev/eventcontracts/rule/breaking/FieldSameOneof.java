package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.FieldPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import java.util.Objects;

/**
 * Data written with several fields set keeps only the last one once they share a oneof: moving a
 * field into a oneof risks that for new readers of old data, moving it out for old readers of new
 * data, and moving it to another oneof (a rename included) for both. Like buf, any change of the
 * oneof a field belongs to counts, even where the oneof holds that field alone.
 */
@RuleInfo(
    id = "FIELD_SAME_ONEOF",
    category = Category.WIRE,
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
      if (field.use().breaks(is != null, was != null)) {
        out.report(
            pair.now(field.after().getLocation()), field.use().event(), field.describe() + change);
      }
    }
  }
}
