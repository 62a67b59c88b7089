package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.ServicePair.RpcPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * The idempotency level decides whether clients may send the call as an HTTP GET (Connect, gRPC-Web
 * with {@code NO_SIDE_EFFECTS}) and whether they may retry it; a server and a client that disagree
 * refuse or repeat calls.
 */
@RuleInfo(
    id = "RPC_SAME_IDEMPOTENCY_LEVEL",
    category = Category.WIRE,
    summary = "An RPC keeps its idempotency_level.")
public final class RpcSameIdempotencyLevel implements BreakingRule {

  private static final String DEFAULT = "IDEMPOTENCY_UNKNOWN";

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (RpcPair rpc : pair.keptRpcs()) {
      String was = OptionValue.of(rpc.before().getOptions(), "idempotency_level", DEFAULT);
      String is = OptionValue.of(rpc.after().getOptions(), "idempotency_level", DEFAULT);
      if (!was.equals(is)) {
        out.report(
            pair.now(rpc.after().getLocation()),
            null,
            rpc.describe()
                + " changed option \"idempotency_level\" from \""
                + was
                + "\" to \""
                + is
                + "\".");
      }
    }
  }
}
