package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RpcSameServerStreamingTest {

  @TempDir Path dir;

  static final String UNARY = RpcSameRequestTypeTest.SEND;
  static final String STREAMING =
      RpcSameRequestTypeTest.proto("rpc Send(SendRequest) returns (stream SendResponse);");

  @Test
  void streamingTheResponseBreaksTheCall() {
    assertEquals(
        List.of(
            "4:3: RPC \"Send\" on service \"ChatService\" changed from a single response to a"
                + " response stream."),
        SchemaChange.in(dir).mode("FULL").findings("RPC_SAME_SERVER_STREAMING", UNARY, STREAMING));
  }

  @Test
  void andSoDoesStoppingTheStream() {
    assertEquals(
        List.of(
            "4:3: RPC \"Send\" on service \"ChatService\" changed from a response stream to a"
                + " single response."),
        SchemaChange.in(dir).findings("RPC_SAME_SERVER_STREAMING", STREAMING, UNARY));
  }

  @Test
  void keepingTheStreamIsSilent() {
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(STREAMING, STREAMING));
  }
}
