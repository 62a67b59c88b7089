package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.ServicePair.RpcPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * gRPC generates a different call shape for a streamed response; a client and a server that
 * disagree on it cannot complete the call, whichever of them was built first.
 */
@RuleInfo(
    id = "RPC_SAME_SERVER_STREAMING",
    category = Category.WIRE,
    summary = "An RPC keeps returning one response, or a stream of responses.")
public final class RpcSameServerStreaming implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (RpcPair rpc : pair.keptRpcs()) {
      boolean was = rpc.before().getResponseStreaming();
      boolean is = rpc.after().getResponseStreaming();
      if (was != is) {
        out.report(
            pair.now(rpc.after().getLocation()),
            null,
            rpc.describe() + " changed from " + shape(was) + " to " + shape(is) + ".");
      }
    }
  }

  private static String shape(boolean streaming) {
    return streaming ? "a response stream" : "a single response";
  }
}
