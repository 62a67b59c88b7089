package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RpcSameIdempotencyLevelTest {

  @TempDir Path dir;

  static String proto(String options) {
    return RpcSameRequestTypeTest.proto(
        "rpc Send(SendRequest) returns (SendResponse) {" + options + "}");
  }

  @Test
  void declaringTheCallFreeOfSideEffectsChangesHowClientsSendIt() {
    assertEquals(
        List.of(
            "4:3: RPC \"Send\" on service \"ChatService\" changed option \"idempotency_level\""
                + " from \"IDEMPOTENCY_UNKNOWN\" to \"NO_SIDE_EFFECTS\"."),
        SchemaChange.in(dir)
            .findings(
                "RPC_SAME_IDEMPOTENCY_LEVEL",
                proto(""),
                proto(" option idempotency_level = NO_SIDE_EFFECTS; ")));
  }

  @Test
  void spellingOutTheDefaultIsSilent() {
    assertEquals(
        List.of(),
        SchemaChange.in(dir)
            .mode("FULL")
            .rules(proto(""), proto(" option idempotency_level = IDEMPOTENCY_UNKNOWN; ")));
  }
}
