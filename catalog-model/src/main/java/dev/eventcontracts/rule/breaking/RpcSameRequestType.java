package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.ServicePair.RpcPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * The server decodes the request bytes with the request type it was built with: another type reads
 * a client's request, built before or after, as something else. Types are compared by full name.
 */
@RuleInfo(
    id = "RPC_SAME_REQUEST_TYPE",
    category = Category.WIRE,
    summary = "An RPC keeps its request type.")
public final class RpcSameRequestType implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (RpcPair rpc : pair.keptRpcs()) {
      String was = rpc.before().getRequestType().toString();
      String is = rpc.after().getRequestType().toString();
      if (!was.equals(is)) {
        out.report(
            pair.now(rpc.after().getLocation()),
            null,
            rpc.describe() + " changed request type from \"" + was + "\" to \"" + is + "\".");
      }
    }
  }
}
