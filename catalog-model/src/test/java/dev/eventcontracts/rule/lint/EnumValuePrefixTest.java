package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnumValuePrefixTest {

  private static final String DELIVERY = "schemas/acme/messaging/v1/delivery.proto";

  @TempDir Path dir;

  @Test
  void silentWhenEveryValueStartsWithTheEnumName() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                DELIVERY,
                """
                syntax = "proto3";

                package acme.messaging.v1;

                // The protocol a message was delivered over.
                enum HTTPVersion {
                  // Not known.
                  HTTP_VERSION_UNSPECIFIED = 0;
                  // HTTP/2.
                  HTTP_VERSION_2 = 1;
                }
                """);
    assertEquals(List.of(), catalog.findings("ENUM_VALUE_PREFIX"));
  }

  @Test
  void firesOnValuesWithoutThePrefixAndSuggestsThePrefixedName() {
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
                  UNSPECIFIED = 0;
                  // Sent to the server.
                  STATUS_SENT = 1;
                  // Read by a recipient.
                  DELIVERY_STATUS_READ = 2;
                }
                """);
    assertEquals(
        List.of(
            DELIVERY
                + ":8:3: Enum value name \"UNSPECIFIED\" should be prefixed with"
                + " \"DELIVERY_STATUS_\", such as \"DELIVERY_STATUS_UNSPECIFIED\".",
            DELIVERY
                + ":10:3: Enum value name \"STATUS_SENT\" should be prefixed with"
                + " \"DELIVERY_STATUS_\", such as \"DELIVERY_STATUS_STATUS_SENT\"."),
        catalog.findings("ENUM_VALUE_PREFIX"));
  }
}
