package dev.eventcontracts.rule.breaking;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.MessagePair;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Features;
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
    summary =
        "A message neither gains nor loses required fields (proto2 required, LEGACY_REQUIRED presence).")
public final class MessageSameRequiredFields implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (MessagePair message : pair.changedMessages()) {
      Map<Integer, Field> then = CatalogPair.byNumber(message.before());
      Map<Integer, Field> now = CatalogPair.byNumber(message.after());
      if (message.use().breaks(false, true)) {
        for (Field field : then.values()) {
          Field counterpart = now.get(field.getTag());
          if (required(pair.before(), message.before(), field)
              && (counterpart == null || !required(pair.after(), message.after(), counterpart))) {
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
          if (required(pair.after(), message.after(), field)
              && (counterpart == null || !required(pair.before(), message.before(), counterpart))) {
            out.report(
                pair.now(field.getLocation()),
                message.use().event(),
                "Message \""
                    + message.name()
                    + "\" gained required field \""
                    + field.getTag()
                    + "\" with name \""
                    + field.getName()
                    + "\" ("
                    + (counterpart == null ? "added" : "made required")
                    + ")"
                    + "; new readers refuse data written without it.");
          }
        }
      }
    }
  }

  /**
   * Required in proto2 terms: {@code required}, or {@code features.field_presence =
   * LEGACY_REQUIRED}.
   */
  private static boolean required(Catalog catalog, MessageType owner, Field field) {
    return catalog.protos().features().field(owner, field).fieldPresence()
        == Features.FieldPresence.LEGACY_REQUIRED;
  }
}
