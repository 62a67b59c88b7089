package dev.eventcontracts.rule.breaking;

import com.squareup.wire.schema.Field;
import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.MessagePair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import java.util.Map;

/**
 * A proto2 reader refuses a message that lacks one of its required fields. A required field added
 * (or an optional one made required) fails new readers of old data; one removed (or made optional)
 * fails old readers of new data.
 */
@RuleInfo(
    id = "MESSAGE_SAME_REQUIRED_FIELDS",
    category = Category.WIRE,
    summary = "A message neither gains nor loses proto2 required fields.")
public final class MessageSameRequiredFields implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (MessagePair message : pair.changedMessages()) {
      Map<Integer, Field> then = CatalogPair.byNumber(message.before());
      Map<Integer, Field> now = CatalogPair.byNumber(message.after());
      if (message.use().breaks(false, true)) {
        for (Field field : then.values()) {
          Field counterpart = now.get(field.getTag());
          if (field.isRequired() && (counterpart == null || !counterpart.isRequired())) {
            out.report(
                pair.now(
                    counterpart == null
                        ? message.after().getLocation()
                        : counterpart.getLocation()),
                message.use().event(),
                "Message \""
                    + message.name()
                    + "\" had required field \""
                    + field.getTag()
                    + "\" with name \""
                    + field.getName()
                    + "\" "
                    + (counterpart == null ? "deleted" : "made optional")
                    + "; old readers refuse data without it.");
          }
        }
      }
      if (message.use().breaks(true, false)) {
        for (Field field : now.values()) {
          Field counterpart = then.get(field.getTag());
          if (field.isRequired() && (counterpart == null || !counterpart.isRequired())) {
            out.report(
                pair.now(field.getLocation()),
                message.use().event(),
                "Message \""
                    + message.name()
                    + "\" had required field \""
                    + field.getTag()
                    + "\" with name \""
                    + field.getName()
                    + "\" "
                    + (counterpart == null ? "added" : "made required")
                    + "; new readers refuse data written without it.");
          }
        }
      }
    }
  }
}
