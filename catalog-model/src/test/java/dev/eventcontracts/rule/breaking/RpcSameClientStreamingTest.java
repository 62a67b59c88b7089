package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RpcSameClientStreamingTest {

  @TempDir Path dir;

  static final String UNARY = RpcSameRequestTypeTest.SEND;
  static final String STREAMING =
      RpcSameRequestTypeTest.proto("rpc Send(stream SendRequest) returns (SendResponse);");

  @Test
  void streamingTheRequestBreaksTheCall() {
    assertEquals(
        List.of(
            "4:3: RPC \"Send\" on service \"ChatService\" changed from a single request to a"
                + " request stream."),
        SchemaChange.in(dir).findings("RPC_SAME_CLIENT_STREAMING", UNARY, STREAMING));
  }

  @Test
  void andSoDoesStoppingTheStreamUnderForward() {
    assertEquals(
        List.of(
            "4:3: RPC \"Send\" on service \"ChatService\" changed from a request stream to a"
                + " single request."),
        SchemaChange.in(dir)
            .mode("FORWARD")
            .findings("RPC_SAME_CLIENT_STREAMING", STREAMING, UNARY));
  }

  @Test
  void aStreamedResponseIsNotThisRulesConcern() {
    assertEquals(
        List.of(),
        SchemaChange.in(dir)
            .findings(
                "RPC_SAME_CLIENT_STREAMING",
                UNARY,
                RpcSameRequestTypeTest.proto(
                    "rpc Send(SendRequest) returns (stream SendResponse);")));
  }
}
