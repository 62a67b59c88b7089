package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentEnumValueTest {

  @TempDir Path dir;

  @Test
  void silentOnTheCleanCatalog() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("COMMENT_ENUM_VALUE"));
  }

  @Test
  void firesOnAValueWithoutComment() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(
                TestCatalog.PROTO_FILE,
                "  CHANNEL_WEB = 1;\n",
                "  CHANNEL_WEB = 1;\n  CHANNEL_MOBILE = 2;\n");
    assertEquals(
        List.of(
            TestCatalog.PROTO_FILE
                + ":27:3: Enum value \"CHANNEL_MOBILE\" of enum \"acme.messaging.v1.Channel\""
                + " should have a non-empty comment for documentation; write on the line above it"
                + " what it means."),
        catalog.findings("COMMENT_ENUM_VALUE"));
  }
}
