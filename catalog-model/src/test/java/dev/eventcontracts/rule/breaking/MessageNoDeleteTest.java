package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.CatalogChange;
import dev.eventcontracts.testing.SchemaChange;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageNoDeleteTest {

  @TempDir Path dir;

  @Test
  void deletingAMessageAnEventCarriesBreaks() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .then()
        .replace(
            TestCatalog.PROTO_FILE,
            "  Channel channel = 5;\n}",
            "  Channel channel = 5;\n  // Who sent it.\n  Sender sender = 6;\n}\n\n"
                + "// Who sent a message.\nmessage Sender {\n  // The id.\n  string id = 1;\n}");
    assertEquals(
        List.of(
            "schemas/acme/messaging/v1/message_sent.proto:24:1: Previously present message"
                + " \"acme.messaging.v1.Sender\" was deleted; event \"MessageSent\" still carries"
                + " it."),
        change.findings("MESSAGE_NO_DELETE"));
  }

  @Test
  void deletingAMessageNoEventReachesIsWireSafe() {
    String before =
        """
        syntax = "proto3";
        package acme.test.v1;
        message Unused {
          string id = 1;
        }
        message Kept {
          string id = 1;
        }
        """;
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        message Kept {
          string id = 1;
        }
        """;
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(before, after));
  }
}
