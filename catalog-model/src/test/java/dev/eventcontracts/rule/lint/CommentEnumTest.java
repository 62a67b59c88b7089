package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentEnumTest {

  @TempDir Path dir;

  @Test
  void silentOnTheCleanCatalog() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("COMMENT_ENUM"));
  }

  @Test
  void firesOnAnEnumWithoutComment() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(
                TestCatalog.PROTO_FILE, "// How a message was sent.\nenum Channel", "enum Channel");
    assertEquals(
        List.of(
            TestCatalog.PROTO_FILE
                + ":21:1: Enum \"acme.messaging.v1.Channel\" should have a non-empty comment for"
                + " documentation; write on the line above it what it classifies."),
        catalog.findings("COMMENT_ENUM"));
  }
}
