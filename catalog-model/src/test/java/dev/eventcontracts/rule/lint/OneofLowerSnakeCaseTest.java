package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OneofLowerSnakeCaseTest {

  @TempDir Path dir;

  private TestCatalog withOneof(String name) {
    return TestCatalog.in(dir)
        .replace(
            TestCatalog.PROTO_FILE,
            "  string body = 4;\n",
            """
              // What the message carries; exactly one is set.
              oneof %s {
                // Plain text.
                string body = 4;
                // A link to a file.
                string file_uri = 6;
              }
            """
                .formatted(name));
  }

  @Test
  void silentOnALowerSnakeCaseOneof() {
    assertEquals(List.of(), withOneof("message_content").findings("ONEOF_LOWER_SNAKE_CASE"));
  }

  @Test
  void firesOnAOneofThatIsNotLowerSnakeCase() {
    assertEquals(
        List.of(
            TestCatalog.PROTO_FILE
                + ":17:3: Oneof name \"MessageContent\" should be lower_snake_case, such as"
                + " \"message_content\"."),
        withOneof("MessageContent").findings("ONEOF_LOWER_SNAKE_CASE"));
  }
}
