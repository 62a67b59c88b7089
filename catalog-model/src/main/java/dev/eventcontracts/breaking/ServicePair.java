package dev.eventcontracts.breaking;

import com.squareup.wire.schema.Rpc;
import com.squareup.wire.schema.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * A gRPC service REF declared under its proto root, paired by fully qualified name with the service
 * now ({@code after} null when deleted). No event carries a service, so each is held to the catalog
 * defaults ({@code use}).
 */
public record ServicePair(Service before, Service after, MessageUse use) {

  /** One RPC of a service as REF had it and as it is now ({@code after} null when deleted). */
  public record RpcPair(ServicePair service, Rpc before, Rpc after) {

    /** {@code RPC "Send" on service "ChatService"}, as buf names an RPC. */
    public String describe() {
      return service.describe(before);
    }
  }

  public String name() {
    return before.name();
  }

  public String qualifiedName() {
    return before.type().toString();
  }

  /**
   * The RPCs REF declared, by name, with their counterparts now; empty when the service is gone.
   */
  public List<RpcPair> rpcs() {
    List<RpcPair> pairs = new ArrayList<>();
    if (after != null) {
      for (Rpc rpc : before.rpcs()) {
        pairs.add(new RpcPair(this, rpc, after.rpc(rpc.getName())));
      }
    }
    return pairs;
  }

  /** {@code RPC "Send" on service "ChatService"}, as buf names an RPC. */
  public String describe(Rpc rpc) {
    return "RPC \"" + rpc.getName() + "\" on service \"" + name() + "\"";
  }
}
