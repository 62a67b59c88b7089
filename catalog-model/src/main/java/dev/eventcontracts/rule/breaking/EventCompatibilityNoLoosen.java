package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.EventPair;
import dev.eventcontracts.model.CompatibilityMode;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * Consumers rely on the promise a mode makes (which side may upgrade first, against how much
 * history); a looser mode lets later changes break them. The catalog default counts too, for the
 * messages no event reaches.
 */
@RuleInfo(
    id = "EVENT_COMPATIBILITY_NO_LOOSEN",
    category = Category.CONTRACT,
    summary = "An event's compatibility mode (and the catalog default) is never loosened.")
public final class EventCompatibilityNoLoosen implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    CompatibilityMode defaultThen = pair.before().settings().defaultCompatibility();
    CompatibilityMode defaultNow = pair.after().settings().defaultCompatibility();
    if (!defaultThen.isCoveredBy(defaultNow)) {
      out.report(
          pair.after().settings().positions().of("defaults.compatibility"),
          null,
          "Default compatibility loosened from \"" + defaultThen + "\" to \"" + defaultNow + "\".");
    }
    for (EventPair event : pair.events()) {
      Event now = event.after();
      if (now == null) {
        continue;
      }
      CompatibilityMode then = event.before().compatibility();
      if (!then.isCoveredBy(now.compatibility())) {
        out.report(
            now.positions().has("compatibility")
                ? now.positions().of("compatibility")
                : now.location(),
            now.name(),
            "Event \""
                + now.name()
                + "\" loosened its compatibility from \""
                + then
                + "\" to \""
                + now.compatibility()
                + "\".");
      }
    }
  }
}
