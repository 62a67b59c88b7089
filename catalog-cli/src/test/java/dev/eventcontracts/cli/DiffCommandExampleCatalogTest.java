package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog diff} on the example catalog, committed to a real Git repository on branch main,
 * with a change in the work tree: what a pull request's CI job runs and posts.
 */
class DiffCommandExampleCatalogTest {

  private static final Path EXAMPLE = Path.of("../example-catalog");
  private static final String MESSAGE_SENT = "schemas/acme/messaging/v1/message_sent.proto";

  @TempDir Path repo;
  private Path catalog;

  @BeforeEach
  void commitTheExampleCatalogOnMain() throws Exception {
    catalog = repo.resolve("contracts");
    copy(EXAMPLE, catalog);
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      PersonIdent who = new PersonIdent("Catalog Test", "test@acme.example");
      git.commit().setMessage("Add the catalog").setAuthor(who).setCommitter(who).call();
    }
  }

  @Test
  void noChangeSaysSoInOneLineAndExitsZero() {
    CliRun run = CliRun.catalog("diff", catalog.toString(), "--against", "main");

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("No contract changes in `acme-events` against `main`.\n", run.out());
  }

  @Test
  void breakingChangeIsReportedInMarkdownAndStillExitsZero() throws IOException {
    deleteThreadField();

    CliRun run = CliRun.catalog("diff", catalog.toString(), "--against", "main");

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "**1 breaking change** in 1 event; 1 event differs (1 changed) against `main` —"
                    + " approval needed from @acme/messaging, @acme/compliance, @acme/insights,"
                    + " @acme/architecture\n"),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "| field removed | `thread_root_message_id` | `string"
                    + " thread_root_message_id = 8` |  |\n"),
        run.out());
  }

  @Test
  void textAndJsonFormats() throws Exception {
    deleteThreadField();

    CliRun text =
        CliRun.catalog("diff", catalog.toString(), "--against", "main", "--format", "text");
    CliRun json = CliRun.catalog("diff", catalog.toString(), "--against", "main", "-f", "JSON");

    assertTrue(
        text.out()
            .contains(
                "  field removed thread_root_message_id: string thread_root_message_id = 8\n"),
        text.out());
    JsonNode tree = new ObjectMapper().readTree(json.out());
    assertEquals("diff", tree.get("command").asText());
    assertEquals(1, tree.at("/summary/breaking").asInt());
    assertEquals("MessageSent", tree.at("/events/0/name").asText());
  }

  @Test
  void unknownRevisionIsAnInputErrorThatSaysWhatToFetch() {
    CliRun run = CliRun.catalog("diff", catalog.toString(), "--against", "release-7");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertTrue(
        run.err().startsWith("catalog: --against release-7: unknown Git revision"), run.err());
    assertEquals("", run.out());
  }

  private void deleteThreadField() throws IOException {
    Path proto = catalog.resolve(MESSAGE_SENT);
    String text = Files.readString(proto);
    String field =
        "  // Message this one replies to in a thread; empty outside threads.\n"
            + "  string thread_root_message_id = 8;\n";
    assertTrue(text.contains(field));
    Files.writeString(proto, text.replace(field, ""));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path relative = from.relativize(source);
        if (relative.toString().equals("target") || relative.startsWith("target")) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }
}
