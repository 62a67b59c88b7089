package dev.eventcontracts.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.report.DiffFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog diff DIR --against OTHER_DIR} through the engine facade. */
class DiffEngineTest {

  private static final Path EXAMPLE = Path.of("../example-catalog");

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

  @TempDir Path temp;

  @Test
  void catalogAgainstItselfHasNoChanges() {
    DiffResult result = new CatalogEngine().diff(new DiffRequest(EXAMPLE, EXAMPLE.toString()));

    assertTrue(result.diff().isEmpty());
    assertEquals(
        "No contract changes in `acme-events` against `../example-catalog`.\n",
        result.render(DiffFormat.MARKDOWN));
  }

  @Test
  void confidentialEventMadeInternalDropsARequiredHeaderItsConsumersRead() throws IOException {
    Path copy = copy(EXAMPLE, temp.resolve("next"));
    replace(
        copy.resolve("domains/messaging/events/message-sent.yaml"),
        "classification: confidential",
        "classification: internal");

    DiffResult result = new CatalogEngine().diff(new DiffRequest(copy, EXAMPLE.toString(), TODAY));

    assertEquals(
        """
        1 breaking change in 1 event; 1 event differs (1 changed) against ../example-catalog\
         - approval needed from @acme/messaging, @acme/compliance, @acme/insights, @acme/architecture

        MessageSent: changed, owner messaging, domains/messaging/events/message-sent.yaml
          breaking domains/messaging/events/message-sent.yaml:1:1: EVENT_SAME_REQUIRED_HEADERS\
         Header "encryption-key-id" is no longer required for event "MessageSent"; consumers that\
         read it may no longer find it.
          consumers affected: bi-ingest, compliance-vault
          classification: confidential -> internal

        approvals:
          @acme/messaging (messaging): owner of MessageSent; owns producer chat-service of MessageSent
          @acme/compliance (compliance): owns consumer compliance-vault, affected by breaking\
         changes to MessageSent
          @acme/insights (insights): owns consumer bi-ingest, affected by breaking changes to\
         MessageSent
          @acme/architecture (architecture): architects: review every contract change
        """,
        result.render(DiffFormat.TEXT));
  }

  @Test
  void approvedExceptionIsListedAndTheBreakNoLongerCounts() throws IOException {
    Path copy = copy(EXAMPLE, temp.resolve("next"));
    replace(
        copy.resolve("domains/messaging/events/message-sent.yaml"),
        "classification: confidential",
        "classification: internal");
    replace(
        copy.resolve("catalog.yaml"),
        "reviewers: { architects: architecture }",
        "reviewers: { architects: architecture }\n"
            + "breaking:\n"
            + "  exceptions:\n"
            + "    - { rule: EVENT_SAME_REQUIRED_HEADERS, event: MessageSent, reason: \"declassified\","
            + " approvedBy: \"@acme/architecture\", expires: 2026-12-31 }");

    DiffResult result = new CatalogEngine().diff(new DiffRequest(copy, EXAMPLE.toString(), TODAY));

    assertEquals(0, result.diff().breakingCount());
    assertEquals(1, result.diff().notes().size());
    assertTrue(
        result.diff().notes().get(0).contains("EVENT_SAME_REQUIRED_HEADERS"),
        result.diff().notes().toString());
  }

  @Test
  void missingReferenceDirectoryIsAnInputError() {
    CatalogException e =
        assertThrows(
            CatalogException.class,
            () ->
                new CatalogEngine()
                    .diff(new DiffRequest(EXAMPLE, temp.resolve("nope").toString())));

    assertEquals(CatalogException.INPUT, e.exitCode());
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(from), file + " does not contain " + from);
    Files.writeString(file, text.replace(from, to));
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    return to;
  }
}
