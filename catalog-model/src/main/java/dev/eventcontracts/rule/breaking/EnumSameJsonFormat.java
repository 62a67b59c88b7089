package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.EnumPair;
import dev.eventcontracts.model.Features;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * An enum that promises a JSON mapping ({@code json_format = ALLOW}, every proto3 enum) has value
 * names that stay distinct in JSON; one that stops promising it ({@code LEGACY_BEST_EFFORT}, every
 * proto2 enum) may later gain values whose JSON names collide. Gaining the promise is safe.
 */
@RuleInfo(
    id = "ENUM_SAME_JSON_FORMAT",
    category = Category.WIRE_JSON,
    summary = "An enum of a JSON-encoded event does not stop supporting JSON.")
public final class EnumSameJsonFormat implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (EnumPair enumPair : pair.changedEnums()) {
      if (!enumPair.use().json()) {
        continue;
      }
      Features.JsonFormat was = pair.then(enumPair).jsonFormat();
      Features.JsonFormat is = pair.now(enumPair).jsonFormat();
      if (was == Features.JsonFormat.ALLOW && is != Features.JsonFormat.ALLOW) {
        out.report(
            pair.now(enumPair.after().getLocation()),
            enumPair.use().event(),
            "Enum \""
                + enumPair.name()
                + "\" changed json_format from \""
                + was
                + "\" to \""
                + is
                + "\" and no longer promises a JSON mapping; keep it proto3.");
      }
    }
  }
}
