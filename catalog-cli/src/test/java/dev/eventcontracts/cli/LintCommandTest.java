package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

  @TempDir Path dir;

  @Test
  void aCleanCatalogExitsZeroAndSaysSo() {
    FixtureCatalog catalog = FixtureCatalog.clean(dir);

    CliRun run = CliRun.catalog("lint", catalog.dir());

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals("0 errors, 0 warnings\n", run.err());
  }

  @Test
  void aTypoInAKeyIsAFindingAtItsLineAndExitsOne() {
    FixtureCatalog catalog =
        FixtureCatalog.clean(dir)
            .file(
                "catalog.yaml",
                """
                catalog: fixture
                protRoot: schemas
                """);

    CliRun run = CliRun.catalog("lint", catalog.dir());

    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
    assertTrue(
        run.out().startsWith("catalog.yaml:2:1: YAML_NO_UNKNOWN_KEY "), "report was: " + run.out());
    assertTrue(run.out().contains("protoRoot"), "suggests the key meant: " + run.out());
    assertEquals(
        "1 error, 0 warnings (1 STRUCTURE); switch a category off with lint.except\n", run.err());
  }

  @Test
  void jsonGoesToStandardOutputWithoutTheSummaryLine() throws Exception {
    FixtureCatalog catalog =
        FixtureCatalog.clean(dir).file("catalog.yaml", "catalog: fixture\nprotRoot: schemas\n");

    CliRun run = CliRun.catalog("lint", catalog.dir(), "--format", "json");

    assertEquals(ExitCode.FINDINGS, run.exitCode());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("lint", json.get("command").asText());
    assertEquals("YAML_NO_UNKNOWN_KEY", json.at("/findings/0/rule").asText());
    assertEquals("catalog.yaml", json.at("/findings/0/file").asText());
    assertEquals(2, json.at("/findings/0/line").asInt());
    assertEquals("", run.err());
  }

  @Test
  void theReportCanBeWrittenToAFile() throws Exception {
    FixtureCatalog catalog = FixtureCatalog.clean(dir.resolve("catalog"));
    Path sarif = dir.resolve("reports/lint.sarif");

    CliRun run =
        CliRun.catalog("lint", catalog.dir(), "--format=SARIF", "--output", sarif.toString());

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("", run.out());
    JsonNode log = new ObjectMapper().readTree(Files.readString(sarif));
    assertEquals("2.1.0", log.get("version").asText());
    assertTrue(log.at("/runs/0/tool/driver/rules").size() > 0, "describes the rules that ran");
  }

  @Test
  void everyFormatRendersTheSameFindings() {
    FixtureCatalog catalog =
        FixtureCatalog.clean(dir).file("catalog.yaml", "catalog: fixture\nprotRoot: schemas\n");

    assertTrue(
        CliRun.catalog("lint", catalog.dir(), "-f", "github")
            .out()
            .startsWith("::error file=catalog.yaml,line=2,col=1,title=YAML_NO_UNKNOWN_KEY::"));
    assertTrue(
        CliRun.catalog("lint", catalog.dir(), "-f", "junit")
            .out()
            .contains("<testcase classname=\"lint\" name=\"YAML_NO_UNKNOWN_KEY\">"));
  }

  @Test
  void malformedYamlExitsTwoNamingFileAndLineWithoutAStackTrace() {
    FixtureCatalog catalog =
        FixtureCatalog.clean(dir)
            .file(
                "services/chat-service.yaml",
                """
                name: chat-service
                owner: [chat
                summary: Sends messages.
                """);

    CliRun run = CliRun.catalog("lint", catalog.dir());

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertEquals("", run.out());
    assertTrue(
        run.err().startsWith("catalog: services/chat-service.yaml:"), "stderr was: " + run.err());
    assertEquals(1, run.err().lines().count(), "one line per bad file: " + run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
  }

  @Test
  void everyBadFileIsReportedAtOnce() {
    FixtureCatalog catalog =
        FixtureCatalog.clean(dir)
            .file("services/a.yaml", "name: [a\n")
            .file("services/b.yaml", "- just\n- a list\n");

    CliRun run = CliRun.catalog("lint", catalog.dir());

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertEquals(2, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("catalog: services/a.yaml:"), run.err());
    assertTrue(run.err().contains("catalog: services/b.yaml:1:1: "), run.err());
  }

  @Test
  void aMissingDirectoryExitsTwo() {
    CliRun run = CliRun.catalog("lint", dir.resolve("nowhere").toString());

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertEquals("catalog: " + dir.resolve("nowhere") + ": no such catalog directory\n", run.err());
  }

  @Test
  void aDirectoryWithoutCatalogYamlExitsTwo() {
    CliRun run = CliRun.catalog("lint", dir.toString());

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertTrue(run.err().contains("no catalog.yaml here"), run.err());
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun run = CliRun.catalog("lint", dir.toString(), "--format", "yaml");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertTrue(
        run.err().contains("expected one of text, json, sarif, junit, github, markdown"),
        run.err());
    assertTrue(run.err().contains("Try 'catalog lint --help'"), run.err());
  }
}
