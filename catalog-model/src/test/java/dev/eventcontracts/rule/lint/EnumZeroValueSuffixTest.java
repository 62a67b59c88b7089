package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnumZeroValueSuffixTest {

  private static final String DELIVERY = "schemas/acme/messaging/v1/delivery.proto";

  @TempDir Path dir;

  @Test
  void silentOnTheCleanCatalog() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("ENUM_ZERO_VALUE_SUFFIX"));
  }

  @Test
  void silentOnProto2EnumsWithoutAZeroValue() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                DELIVERY,
                """
                syntax = "proto2";

                package acme.messaging.v1;

                // How far a message got.
                enum DeliveryStatus {
                  // Sent to the server.
                  DELIVERY_STATUS_SENT = 1;
                  // Read by a recipient.
                  DELIVERY_STATUS_READ = 2;
                }
                """);
    assertEquals(List.of(), catalog.findings("ENUM_ZERO_VALUE_SUFFIX"));
  }

  @Test
  void firesOnAZeroValueThatMeansSomethingAndSuggestsUnspecified() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.PROTO_FILE, "CHANNEL_UNSPECIFIED = 0;", "CHANNEL_WEB = 0;")
            .replace(TestCatalog.PROTO_FILE, "CHANNEL_WEB = 1;", "CHANNEL_MOBILE = 1;")
            .replace(TestCatalog.EXAMPLE_FILE, "CHANNEL_WEB", "CHANNEL_MOBILE");
    assertEquals(
        List.of(
            TestCatalog.PROTO_FILE
                + ":24:3: Enum zero value name \"CHANNEL_WEB\" should be suffixed with"
                + " \"_UNSPECIFIED\", such as \"CHANNEL_UNSPECIFIED\"."),
        catalog.findings("ENUM_ZERO_VALUE_SUFFIX"));
  }
}
