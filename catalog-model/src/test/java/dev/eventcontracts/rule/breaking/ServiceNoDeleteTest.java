package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.CatalogChange;
import dev.eventcontracts.testing.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceNoDeleteTest {

  @TempDir Path dir;

  static final String MESSAGES =
      """
      message SendRequest {
        string body = 1;
      }
      message SendResponse {
        string message_id = 1;
      }
      """;

  static final String BEFORE =
      """
      syntax = "proto3";
      package acme.test.v1;
      service ChatService {
        rpc Send(SendRequest) returns (SendResponse);
      }
      """
          + MESSAGES;

  static final String AFTER =
      """
      syntax = "proto3";
      package acme.test.v1;
      """
          + MESSAGES;

  @Test
  void deletingAServiceBreaksClientsBuiltAgainstIt() {
    assertEquals(
        List.of(
            "3:1: Previously present service \"acme.test.v1.ChatService\" was deleted; clients"
                + " built against it get UNIMPLEMENTED for every call."),
        SchemaChange.in(dir).findings("SERVICE_NO_DELETE", BEFORE, AFTER));
  }

  @Test
  void itBreaksWhereServersMayUpgradeFirst() {
    assertEquals(
        List.of("SERVICE_NO_DELETE@3"),
        SchemaChange.in(dir).mode("FULL").encoding("json").rules(BEFORE, AFTER));
    assertEquals(
        List.of("SERVICE_NO_DELETE@3"),
        SchemaChange.in(dir).mode("BACKWARD_TRANSITIVE").rules(BEFORE, AFTER));
  }

  @Test
  void clientsUpgradingFirstHaveStoppedCallingIt() {
    assertEquals(List.of(), SchemaChange.in(dir).mode("FORWARD").rules(BEFORE, AFTER));
    assertEquals(List.of(), SchemaChange.in(dir).mode("NONE").rules(BEFORE, AFTER));
  }

  @Test
  void keepingTheServiceIsSilent() {
    String renamedFile = BEFORE.replace("rpc Send(", "// Sends a message.\n  rpc Send(");
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(BEFORE, renamedFile));
  }

  @Test
  void movingAServiceToAnotherFileOfItsPackageKeepsItsMethodPaths() {
    String service =
        """
        syntax = "proto3";
        package acme.messaging.v1;
        import "acme/messaging/v1/message_sent.proto";
        service ChatService {
          rpc Send(MessageSent) returns (MessageSent);
        }
        """;
    CatalogChange change = CatalogChange.in(dir);
    change.then().write("schemas/acme/messaging/v1/chat_service.proto", service);
    change.now().write("schemas/acme/messaging/v1/chat_api.proto", service);
    assertEquals(List.of(), change.findings("SERVICE_NO_DELETE"));
    assertEquals(List.of(), change.findings("RPC_NO_DELETE"));
  }
}
