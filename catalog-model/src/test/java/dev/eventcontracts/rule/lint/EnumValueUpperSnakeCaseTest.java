package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnumValueUpperSnakeCaseTest {

  private static final String DELIVERY = "schemas/acme/messaging/v1/delivery.proto";

  @TempDir Path dir;

  @Test
  void silentOnTheCleanCatalog() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("ENUM_VALUE_UPPER_SNAKE_CASE"));
  }

  @Test
  void firesOnValuesThatAreNotUpperSnakeCase() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                DELIVERY,
                """
                syntax = "proto3";

                package acme.messaging.v1;

                // How far a message got.
                enum DeliveryStatus {
                  // Not known.
                  DELIVERY_STATUS_UNSPECIFIED = 0;
                  // Sent to the server.
                  DELIVERY_STATUS_sent = 1;
                  // Read by a recipient.
                  deliveryStatusRead = 2;
                  // Received by a device, in the version 2 protocol.
                  DELIVERY_STATUS_RECEIVED_V2 = 3;
                }
                """);
    assertEquals(
        List.of(
            DELIVERY
                + ":10:3: Enum value name \"DELIVERY_STATUS_sent\" should be UPPER_SNAKE_CASE,"
                + " such as \"DELIVERY_STATUS_SENT\".",
            DELIVERY
                + ":12:3: Enum value name \"deliveryStatusRead\" should be UPPER_SNAKE_CASE, such"
                + " as \"DELIVERY_STATUS_READ\"."),
        catalog.findings("ENUM_VALUE_UPPER_SNAKE_CASE"));
  }
}
