package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.ServicePair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * A server without the service answers every call of a client built before with UNIMPLEMENTED.
 * Services are paired by full name, so a service moved to another file of its package is not
 * deleted, and one whose package changed is. Clients upgrading first stop calling it, so the
 * deletion breaks only where servers may upgrade first (BACKWARD).
 */
@RuleInfo(
    id = "SERVICE_NO_DELETE",
    category = Category.WIRE,
    summary = "A gRPC service is not deleted while clients built against REF may still call it.")
public final class ServiceNoDelete implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (ServicePair service : pair.services()) {
      if (service.after() != null || !service.use().breaks(true, false)) {
        continue;
      }
      out.report(
          pair.then(service.before().location()),
          null,
          "Previously present service \""
              + service.qualifiedName()
              + "\" was deleted; clients built against it get UNIMPLEMENTED for every call.");
    }
  }
}
