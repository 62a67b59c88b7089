package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnumPascalCaseTest {

  @TempDir Path dir;

  @Test
  void silentOnTheCleanCatalog() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("ENUM_PASCAL_CASE"));
  }

  @Test
  void firesOnTopLevelAndNestedEnumsThatAreNotPascalCase() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.PROTO_FILE, "enum Channel {", "enum channel_kind {")
            .replace(TestCatalog.PROTO_FILE, "Channel channel = 5;", "channel_kind channel = 5;")
            .replace(
                TestCatalog.PROTO_FILE,
                "  string body = 4;\n",
                """
                  string body = 4;
                  // How urgent the message is.
                  enum priority {
                    // Not known.
                    PRIORITY_UNSPECIFIED = 0;
                  }
                """);
    assertEquals(
        List.of(
            TestCatalog.PROTO_FILE
                + ":18:3: Enum name \"priority\" should be PascalCase, such as \"Priority\".",
            TestCatalog.PROTO_FILE
                + ":27:1: Enum name \"channel_kind\" should be PascalCase, such as"
                + " \"ChannelKind\"."),
        catalog.findings("ENUM_PASCAL_CASE"));
  }
}
