package dev.eventcontracts.rule.verify;

import dev.eventcontracts.registry.RegistrySnapshot;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.rule.Severity;
import dev.eventcontracts.rule.VerifyRule;

/**
 * A registry whose listing of subjects may be cut short: verify cannot tell that no subject past
 * the cut is unmanaged, so it says so rather than report no drift.
 */
@RuleInfo(
    id = "REGISTRY_LISTING_COMPLETE",
    category = Category.REGISTRY,
    severity = Severity.WARNING,
    summary =
        "The registry lists every subject it holds (paging through GET /subjects), so verify can"
            + " find the unmanaged ones (an error with --strict).")
public final class RegistryListingComplete implements VerifyRule {

  @Override
  public void check(RegistrySnapshot snapshot, Findings out) {
    if (snapshot.incompleteListing() == null) {
      return;
    }
    out.report(
        snapshot.environmentLocation(),
        null,
        "The registry of "
            + snapshot.environment()
            + " ("
            + snapshot.registry()
            + ") "
            + snapshot.incompleteListing()
            + ", so its listing may lack subjects and unmanaged ones go unseen; raise its cap"
            + " (apicurio.ccompat.max-subjects on Apicurio, subject.search.max.limit on"
            + " Confluent) or upgrade it to one that pages GET /subjects.");
  }
}
