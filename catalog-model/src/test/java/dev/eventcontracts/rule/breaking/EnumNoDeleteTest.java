package dev.eventcontracts.rule.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.CatalogChange;
import dev.eventcontracts.testing.SchemaChange;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnumNoDeleteTest {

  @TempDir Path dir;

  @Test
  void deletingAnEnumAnEventCarriesBreaks() {
    CatalogChange change = CatalogChange.in(dir);
    change
        .now()
        .replace(TestCatalog.PROTO_FILE, "  Channel channel = 5;\n", "  string channel = 5;\n")
        .replace(
            TestCatalog.PROTO_FILE,
            TestCatalog.PROTO.substring(TestCatalog.PROTO.indexOf("// How a message was sent.")),
            "");
    assertEquals(
        List.of(
            "schemas/acme/messaging/v1/message_sent.proto:22:1: Previously present enum"
                + " \"acme.messaging.v1.Channel\" was deleted; event \"MessageSent\" still carries"
                + " it."),
        change.findings("ENUM_NO_DELETE"));
  }

  @Test
  void deletingAnEnumNoEventReachesIsWireSafe() {
    String before =
        """
        syntax = "proto3";
        package acme.test.v1;
        enum Unused {
          UNUSED_UNSPECIFIED = 0;
        }
        """;
    String after =
        """
        syntax = "proto3";
        package acme.test.v1;
        """;
    assertEquals(List.of(), SchemaChange.in(dir).mode("FULL").rules(before, after));
  }
}
