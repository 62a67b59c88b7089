package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.ServicePair;
import dev.eventcontracts.breaking.ServicePair.RpcPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * A server without the RPC answers a client built before with UNIMPLEMENTED. As for a service,
 * clients upgrading first stop calling it, so the deletion breaks only where servers may upgrade
 * first (BACKWARD). A deleted service is reported by SERVICE_NO_DELETE alone.
 */
@RuleInfo(
    id = "RPC_NO_DELETE",
    category = Category.WIRE,
    summary = "An RPC is not deleted from a service while clients built against REF may call it.")
public final class RpcNoDelete implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (ServicePair service : pair.services()) {
      if (!service.use().breaks(true, false)) {
        continue;
      }
      for (RpcPair rpc : service.rpcs()) {
        if (rpc.after() == null) {
          out.report(
              pair.now(service.after().location()),
              null,
              "Previously present "
                  + rpc.describe()
                  + " was deleted; clients built against it get UNIMPLEMENTED.");
        }
      }
    }
  }
}
