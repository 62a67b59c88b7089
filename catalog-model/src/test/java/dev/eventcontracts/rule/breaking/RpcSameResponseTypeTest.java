package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RpcSameResponseTypeTest {

  @TempDir Path dir;

  static final String SEND = RpcSameRequestTypeTest.SEND;

  @Test
  void anotherResponseTypeBreaksTheCall() {
    assertEquals(
        List.of(
            "4:3: RPC \"Send\" on service \"ChatService\" changed response type from"
                + " \"acme.test.v1.SendResponse\" to \"acme.test.v1.PostRequest\"."),
        SchemaChange.in(dir)
            .mode("FORWARD")
            .findings(
                "RPC_SAME_RESPONSE_TYPE",
                SEND,
                RpcSameRequestTypeTest.proto("rpc Send(SendRequest) returns (PostRequest);")));
  }

  @Test
  void keepingTheResponseTypeIsSilent() {
    assertEquals(
        List.of(),
        SchemaChange.in(dir)
            .mode("FULL")
            .rules(
                SEND,
                RpcSameRequestTypeTest.proto("rpc Send(SendRequest) returns (SendResponse) {}")));
  }
}
