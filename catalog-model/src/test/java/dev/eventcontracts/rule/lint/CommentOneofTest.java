package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentOneofTest {

  @TempDir Path dir;

  private TestCatalog withOneof(String comment) {
    return TestCatalog.in(dir)
        .replace(
            TestCatalog.PROTO_FILE,
            "  // The text of the message.\n  string body = 4;\n",
            comment
                + """
                  oneof content {
                    // The text of the message.
                    string body = 4;
                    // A link to a file.
                    string file_uri = 6;
                  }
                """);
  }

  @Test
  void silentOnADocumentedOneof() {
    assertEquals(
        List.of(),
        withOneof("  // What the message carries; exactly one is set.\n")
            .findings("COMMENT_ONEOF"));
  }

  @Test
  void firesOnAnUndocumentedOneof() {
    assertEquals(
        List.of(
            TestCatalog.PROTO_FILE
                + ":15:3: Oneof \"content\" on message \"acme.messaging.v1.MessageSent\" should"
                + " have a non-empty comment for documentation; write on the line above it what"
                + " choice its fields make."),
        withOneof("").findings("COMMENT_ONEOF"));
  }
}
