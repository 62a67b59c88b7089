package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.MessagePair;
import dev.eventcontracts.model.Features;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * A message that promises a JSON mapping ({@code json_format = ALLOW}, every proto3 message) has
 * fields whose JSON names cannot collide; one that stops promising it ({@code LEGACY_BEST_EFFORT},
 * every proto2 message) may later gain fields that two JSON readers map differently. Gaining the
 * promise is safe.
 */
@RuleInfo(
    id = "MESSAGE_SAME_JSON_FORMAT",
    category = Category.WIRE_JSON,
    summary = "A message of a JSON-encoded event does not stop supporting JSON.")
public final class MessageSameJsonFormat implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (MessagePair message : pair.changedMessages()) {
      if (!message.use().json()) {
        continue;
      }
      Features.JsonFormat was = pair.then(message).jsonFormat();
      Features.JsonFormat is = pair.now(message).jsonFormat();
      if (was == Features.JsonFormat.ALLOW && is != Features.JsonFormat.ALLOW) {
        out.report(
            pair.now(message.after().getLocation()),
            message.use().event(),
            "Message \""
                + message.name()
                + "\" changed json_format from \""
                + was
                + "\" to \""
                + is
                + "\" and no longer promises a JSON mapping; keep it proto3.");
      }
    }
  }
}
