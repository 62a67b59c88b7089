package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.ServicePair.RpcPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * The client decodes the response bytes with the response type it was built with: another type
 * reads a server's response, built before or after, as something else. Types are compared by full
 * name.
 */
@RuleInfo(
    id = "RPC_SAME_RESPONSE_TYPE",
    category = Category.WIRE,
    summary = "An RPC keeps its response type.")
public final class RpcSameResponseType implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (RpcPair rpc : pair.keptRpcs()) {
      String was = rpc.before().getResponseType().toString();
      String is = rpc.after().getResponseType().toString();
      if (!was.equals(is)) {
        out.report(
            pair.now(rpc.after().getLocation()),
            null,
            rpc.describe() + " changed response type from \"" + was + "\" to \"" + is + "\".");
      }
    }
  }
}
