package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RpcSameRequestTypeTest {

  @TempDir Path dir;

  /** A chat service whose one RPC is written as {@code rpc}, with three messages to use. */
  static String proto(String rpc) {
    return """
        syntax = "proto3";
        package acme.test.v1;
        service ChatService {
          %s
        }
        message SendRequest {
          string body = 1;
        }
        message PostRequest {
          string body = 1;
        }
        message SendResponse {
          string message_id = 1;
        }
        """
        .formatted(rpc);
  }

  static final String SEND = proto("rpc Send(SendRequest) returns (SendResponse);");

  @Test
  void anotherRequestTypeBreaksTheCall() {
    assertEquals(
        List.of(
            "4:3: RPC \"Send\" on service \"ChatService\" changed request type from"
                + " \"acme.test.v1.SendRequest\" to \"acme.test.v1.PostRequest\"."),
        SchemaChange.in(dir)
            .findings(
                "RPC_SAME_REQUEST_TYPE",
                SEND,
                proto("rpc Send(PostRequest) returns (SendResponse);")));
  }

  @Test
  void itBreaksInEveryDirection() {
    String after = proto("rpc Send(PostRequest) returns (SendResponse);");
    for (String mode : List.of("BACKWARD", "FORWARD", "FULL")) {
      assertEquals(
          List.of("RPC_SAME_REQUEST_TYPE@4"),
          SchemaChange.in(dir.resolve(mode)).mode(mode).rules(SEND, after),
          mode);
    }
    assertEquals(List.of(), SchemaChange.in(dir).mode("NONE").rules(SEND, after));
  }

  @Test
  void theSameTypeWrittenFullyQualifiedIsTheSameType() {
    assertEquals(
        List.of(),
        SchemaChange.in(dir)
            .mode("FULL")
            .rules(SEND, proto("rpc Send(.acme.test.v1.SendRequest) returns (SendResponse);")));
  }
}
