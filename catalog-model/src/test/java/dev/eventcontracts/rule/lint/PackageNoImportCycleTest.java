package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.rule.Severity;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageNoImportCycleTest {

  private static final String ROOM = "schemas/acme/rooms/v1/room.proto";
  private static final String MEMBER = "schemas/acme/members/v1/member.proto";

  @TempDir Path dir;

  /** rooms imports members and common; members imports another file of rooms. */
  private TestCatalog withRoomsAndMembers(String memberImport, String memberRoomType) {
    return TestCatalog.in(dir)
        .write(
            ROOM,
            """
            syntax = "proto3";

            package acme.rooms.v1;

            import "acme/members/v1/member.proto";
            import "acme/common/v1/money.proto";

            // A chat room.
            message Room {
              // The owner.
              acme.members.v1.Member owner = 1;
              // The fee to join.
              acme.common.v1.Money fee = 2;
            }
            """)
        .write(
            MEMBER,
            """
            syntax = "proto3";

            package acme.members.v1;

            import "%s";

            // A member.
            message Member {
              // The room the member is in.
              %s room = 1;
            }
            """
                .formatted(memberImport, memberRoomType))
        .write(
            "schemas/acme/rooms/v1/room_ref.proto",
            """
            syntax = "proto3";

            package acme.rooms.v1;

            // Points at a room.
            message RoomRef {
              // The room's id.
              string id = 1;
            }
            """)
        .write(
            "schemas/acme/common/v1/money.proto",
            """
            syntax = "proto3";

            package acme.common.v1;

            // An amount of money.
            message Money {
              // Minor units.
              int64 amount_minor = 1;
            }
            """)
        .write(
            "schemas/acme/common/v1/room_ref.proto",
            """
            syntax = "proto3";

            package acme.common.v1;

            // Points at a room, from the shared package.
            message RoomRef {
              // The room's id.
              string id = 1;
            }
            """);
  }

  @Test
  void silentWhenPackagesImportEachOtherOneWay() {
    TestCatalog catalog =
        withRoomsAndMembers("acme/common/v1/room_ref.proto", "acme.common.v1.RoomRef");
    assertEquals(List.of(), catalog.findings("PACKAGE_NO_IMPORT_CYCLE"));
  }

  @Test
  void warnsAtEachImportThatClosesACycleBetweenPackages() {
    TestCatalog catalog =
        withRoomsAndMembers("acme/rooms/v1/room_ref.proto", "acme.rooms.v1.RoomRef");
    assertEquals(
        List.of(
            MEMBER
                + ":5:1: Package \"acme.members.v1\" imports \"acme.rooms.v1\", which leads back to"
                + " it: acme.members.v1 -> acme.rooms.v1 -> acme.members.v1; move the types both"
                + " need into a package of their own.",
            ROOM
                + ":5:1: Package \"acme.rooms.v1\" imports \"acme.members.v1\", which leads back to"
                + " it: acme.rooms.v1 -> acme.members.v1 -> acme.rooms.v1; move the types both"
                + " need into a package of their own."),
        catalog.findings("PACKAGE_NO_IMPORT_CYCLE"));
    assertEquals(
        List.of(Severity.WARNING, Severity.WARNING),
        catalog.lint().report().findings().stream()
            .filter(f -> f.rule().equals("PACKAGE_NO_IMPORT_CYCLE"))
            .map(f -> f.severity())
            .toList());
  }

  @Test
  void namesEveryPackageOfALongerCycle() {
    TestCatalog catalog =
        withRoomsAndMembers("acme/common/v1/room_ref.proto", "acme.common.v1.RoomRef")
            .replace(
                "schemas/acme/common/v1/money.proto",
                "package acme.common.v1;\n",
                "package acme.common.v1;\n\nimport \"acme/rooms/v1/room_ref.proto\";\n")
            .replace(
                "schemas/acme/common/v1/money.proto",
                "  int64 amount_minor = 1;\n",
                "  int64 amount_minor = 1;\n  // Who charges it.\n  acme.rooms.v1.RoomRef payee = 2;\n");
    assertEquals(
        List.of(
            "schemas/acme/common/v1/money.proto:5:1: Package \"acme.common.v1\" imports"
                + " \"acme.rooms.v1\", which leads back to it: acme.common.v1 -> acme.rooms.v1 ->"
                + " acme.common.v1; move the types both need into a package of their own.",
            MEMBER
                + ":5:1: Package \"acme.members.v1\" imports \"acme.common.v1\", which leads back to"
                + " it: acme.members.v1 -> acme.common.v1 -> acme.rooms.v1 -> acme.members.v1;"
                + " move the types both need into a package of their own.",
            ROOM
                + ":5:1: Package \"acme.rooms.v1\" imports \"acme.members.v1\", which leads back to"
                + " it: acme.rooms.v1 -> acme.members.v1 -> acme.common.v1 -> acme.rooms.v1;"
                + " move the types both need into a package of their own.",
            ROOM
                + ":6:1: Package \"acme.rooms.v1\" imports \"acme.common.v1\", which leads back to"
                + " it: acme.rooms.v1 -> acme.common.v1 -> acme.rooms.v1; move the types both"
                + " need into a package of their own."),
        catalog.findings("PACKAGE_NO_IMPORT_CYCLE"));
  }
}
