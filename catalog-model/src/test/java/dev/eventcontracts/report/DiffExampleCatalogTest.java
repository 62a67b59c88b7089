package dev.eventcontracts.report;

import dev.eventcontracts.diff.ContractDiff;
import dev.eventcontracts.testing.DiffFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract diff of the example catalog against a planted pull request, as a reviewer sees it.
 */
class DiffExampleCatalogTest {

  private static final Path EXAMPLE = Path.of("../example-catalog");

  @TempDir Path temp;

  /**
   * The planted pull request, diffed against main with the breaking check: MessageSent drops its
   * thread field (breaking), the shared attachment gains a thumbnail and the text format an HTML
   * value (both reach MessageSent and MessageEdited), and the warehouse loader starts consuming
   * MessageSent.
   */
  @Test
  void plantedPullRequestInMarkdown() {
    ContractDiff diff =
        new DiffFixture(temp, EXAMPLE)
            .edit(
                "schemas/acme/messaging/v1/message_sent.proto",
                "  // Message this one replies to in a thread; empty outside threads.\n"
                    + "  string thread_root_message_id = 8;\n",
                "")
            .edit(
                "schemas/acme/messaging/v1/content.proto",
                "  string sha256 = 5;\n",
                "  string sha256 = 5;\n  // Preview image of the file, when there is one.\n"
                    + "  string thumbnail_uri = 6;\n")
            .edit(
                "schemas/acme/messaging/v1/content.proto",
                "  TEXT_FORMAT_MARKDOWN = 2;\n",
                "  TEXT_FORMAT_MARKDOWN = 2;\n  // Sanitised HTML.\n  TEXT_FORMAT_HTML = 3;\n")
            .edit(
                "domains/messaging/events/message-sent.yaml",
                "consumers: [compliance-vault, bi-ingest]",
                "consumers: [compliance-vault, bi-ingest, warehouse-loader]")
            .diffAgainstMain();

    Golden.assertMatches("example-planted.md", DiffFormat.MARKDOWN.render(diff));
  }
}
