package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RpcNoDeleteTest {

  @TempDir Path dir;

  static String proto(String rpcs) {
    return """
        syntax = "proto3";
        package acme.test.v1;
        service ChatService {
        %s}
        message SendRequest {
          string body = 1;
        }
        message SendResponse {
          string message_id = 1;
        }
        """
        .formatted(rpcs);
  }

  static final String BOTH =
      proto(
          """
            rpc Send(SendRequest) returns (SendResponse);
            rpc Edit(SendRequest) returns (SendResponse);
          """);

  static final String SEND_ONLY =
      proto(
          """
            rpc Send(SendRequest) returns (SendResponse);
          """);

  @Test
  void deletingAnRpcBreaksClientsThatCallIt() {
    assertEquals(
        List.of(
            "3:1: Previously present RPC \"Edit\" on service \"ChatService\" was deleted; clients"
                + " built against it get UNIMPLEMENTED."),
        SchemaChange.in(dir).findings("RPC_NO_DELETE", BOTH, SEND_ONLY));
  }

  @Test
  void itBreaksUnderBackwardAndFullOnly() {
    assertEquals(
        List.of("RPC_NO_DELETE@3"), SchemaChange.in(dir).mode("FULL").rules(BOTH, SEND_ONLY));
    assertEquals(List.of(), SchemaChange.in(dir).mode("FORWARD").rules(BOTH, SEND_ONLY));
  }

  @Test
  void addingAnRpcIsSafe() {
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(SEND_ONLY, BOTH));
  }

  @Test
  void aDeletedServiceIsReportedOnceByServiceNoDelete() {
    String none =
        """
        syntax = "proto3";
        package acme.test.v1;
        message SendRequest {
          string body = 1;
        }
        message SendResponse {
          string message_id = 1;
        }
        """;
    assertEquals(List.of("SERVICE_NO_DELETE@3"), SchemaChange.in(dir).rules(BOTH, none));
  }
}
