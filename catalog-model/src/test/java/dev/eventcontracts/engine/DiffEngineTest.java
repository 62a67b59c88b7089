package dev.eventcontracts.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.diff.DiffFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog diff DIR --against OTHER_DIR} through the engine facade. */
class DiffEngineTest {

  private static final Path EXAMPLE = Path.of("../example-catalog");

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
  void changedCopyAgainstTheOriginal() throws IOException {
    Path copy = copy(EXAMPLE, temp.resolve("next"));
    Path event = copy.resolve("domains/messaging/events/message-sent.yaml");
    Files.writeString(
        event,
        Files.readString(event)
            .replace("classification: confidential", "classification: internal"));

    DiffResult result = new CatalogEngine().diff(new DiffRequest(copy, EXAMPLE.toString()));

    String text = result.render(DiffFormat.TEXT);
    assertTrue(
        text.contains(
            "MessageSent: changed, owner messaging, domains/messaging/events/message-sent.yaml\n"
                + "  classification: confidential -> internal\n"),
        text);
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
