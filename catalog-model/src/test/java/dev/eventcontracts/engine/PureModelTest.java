package dev.eventcontracts.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.load.CatalogLoader;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.registry.SubjectPlan;
import dev.eventcontracts.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loaded catalog is data: lint, breaking and the deploy plan give the same answers after the
 * catalog's files are deleted, because the loader read everything they need into the model.
 */
class PureModelTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final String MESSAGE_SENT = "schemas/acme/messaging/v1/message_sent.proto";
  private static final String CONTENT = "schemas/acme/messaging/v1/content.proto";

  @TempDir Path temp;

  @Test
  void lintBreakingAndDeployPlanNeedNoFilesOnceLoaded() throws IOException {
    Path beforeDir = copyExample("before");
    Path nowDir = copyExample("now");
    // Example payloads: one that does not match its message, one whose file does not exist.
    edit(nowDir, "domains/messaging/events/examples/message-sent.json", "\"roomId\"", "\"room\"");
    edit(
        nowDir,
        "domains/messaging/events/message-edited.yaml",
        "examples: [ { file: examples/message-edited.json } ]",
        "examples: [ { file: examples/message-edited.json }, { file: examples/gone.json } ]");
    // A package statement found in the proto's text, below a comment and the syntax line.
    write(
        nowDir,
        "schemas/acme/legacy/legacy_note.proto",
        """
        // Notes kept from the monolith.
        syntax = "proto3";

        package acme.legacy;

        // A note.
        message LegacyNote {
          // Its text.
          string text = 1;
        }
        """);
    // Breaking: a field changes type, another is deleted; the other files stay as they were.
    edit(nowDir, CONTENT, "int64 size_bytes = 4;", "string size_bytes = 4;");
    edit(
        nowDir,
        MESSAGE_SENT,
        "  // Message this one replies to in a thread; empty outside threads.\n"
            + "  string thread_root_message_id = 8;\n",
        "");
    String messageSentText = Files.readString(nowDir.resolve(MESSAGE_SENT));
    String contentText = Files.readString(nowDir.resolve(CONTENT));

    CatalogLoader.Loaded loaded = CatalogLoader.load(CatalogEngine.openDirectory(nowDir));
    Catalog now = loaded.catalog();
    Catalog before = CatalogLoader.load(CatalogEngine.openDirectory(beforeDir)).catalog();

    Report lint = CatalogEngine.lintReport(loaded);
    BreakingResult breaking = CatalogEngine.breakingRun(before, now, TODAY);
    SubjectPlan plan = SubjectPlan.of(now);

    assertContains(
        describe(lint),
        "domains/messaging/events/examples/message-sent.json:10:3: EXAMPLE_VALID Example does not"
            + " match message \"acme.messaging.v1.MessageSent\" at $.room: ",
        "domains/messaging/events/message-edited.yaml:16:53: EXAMPLE_VALID Example file"
            + " \"domains/messaging/events/examples/gone.json\" does not exist.",
        "schemas/acme/legacy/legacy_note.proto:4:1: PACKAGE_VERSION_SUFFIX Package"
            + " \"acme.legacy\" should end in a version component");
    assertContains(
        describe(breaking.report()),
        MESSAGE_SENT + ":12:1: FIELD_NO_DELETE Previously present field \"8\"",
        CONTENT + ":27:3: FIELD_WIRE_COMPATIBLE_TYPE Field \"4\" with name \"size_bytes\"");
    assertEquals(
        messageSentText, plan.subject("messaging.message-sent.v1-value").orElseThrow().schema());
    assertEquals(
        contentText, plan.subject("acme/messaging/v1/content.proto").orElseThrow().schema());

    deleteTree(beforeDir);
    deleteTree(nowDir);
    assertFalse(Files.exists(beforeDir));
    assertFalse(Files.exists(nowDir));

    Report lintAgain = CatalogEngine.lintReport(loaded);
    BreakingResult breakingAgain = CatalogEngine.breakingRun(before, now, TODAY);
    SubjectPlan planAgain = SubjectPlan.of(now);

    assertEquals(lint.findings(), lintAgain.findings());
    assertEquals(lint.notes(), lintAgain.notes());
    assertEquals(breaking.report().findings(), breakingAgain.report().findings());
    assertEquals(breaking.report().notes(), breakingAgain.report().notes());
    assertEquals(breaking.applied(), breakingAgain.applied());
    assertEquals(plan.subjects(), planAgain.subjects());
  }

  /** Each expected line is the start of one of {@code lines}. */
  private static void assertContains(List<String> lines, String... expected) {
    for (String start : expected) {
      assertTrue(
          lines.stream().anyMatch(line -> line.startsWith(start)),
          "no line starting with " + start + " in\n" + String.join("\n", lines));
    }
  }

  private static List<String> describe(Report report) {
    return report.findings().stream()
        .map(f -> f.location() + ": " + f.rule() + " " + f.message())
        .toList();
  }

  private Path copyExample(String name) throws IOException {
    Path target = temp.resolve(name);
    try (Stream<Path> files = Files.walk(ExampleCatalogTest.EXAMPLE)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = target.resolve(ExampleCatalogTest.EXAMPLE.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    return target;
  }

  private static void edit(Path root, String path, String from, String to) throws IOException {
    Path file = root.resolve(path);
    String content = Files.readString(file);
    assertTrue(content.contains(from), path + " lacks " + from);
    Files.writeString(file, content.replace(from, to));
  }

  private static void write(Path root, String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
