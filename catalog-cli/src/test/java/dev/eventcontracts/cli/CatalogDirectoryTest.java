package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which catalog a command works on, and where its report goes: DIR, catalog.yaml itself, or the
 * nearest catalog above the current folder; {@code -o -} and an {@code -o} that cannot be written.
 */
class CatalogDirectoryTest {

  private static final String ERROR =
      "schemas/acme/chat/v1/ping.proto:4:1: MESSAGE_PASCAL_CASE Message name \"ping\" should be"
          + " PascalCase, such as \"Ping\".\n";

  @TempDir Path dir;

  /** A catalog in {@code dir/catalog} with one lint error in its proto. */
  private Path catalog() {
    FixtureCatalog.clean(dir.resolve("catalog"))
        .file(
            "schemas/acme/chat/v1/ping.proto",
            """
            syntax = "proto3";
            package acme.chat.v1;
            // A ping.
            message ping {
              // Who pinged.
              string sender_id = 1;
            }
            """);
    return dir.resolve("catalog");
  }

  private static CliRun runIn(Path folder, String... args) {
    return CliRun.in(Invocation.current().withTerminal(false).withWorkingDirectory(folder), args);
  }

  @Test
  void catalogYamlItselfNamesItsFolder() {
    Path catalog = catalog();

    CliRun run = CliRun.catalog("lint", catalog.resolve("catalog.yaml").toString());

    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
    assertEquals(ERROR, run.out());
  }

  @Test
  void anotherFileIsNotACatalog() {
    Path proto = catalog().resolve("schemas/acme/chat/v1/ping.proto");

    CliRun run = CliRun.catalog("lint", proto.toString());

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertEquals(
        "catalog: "
            + proto
            + ": not a catalog; DIR is the folder holding catalog.yaml, or catalog.yaml itself\n",
        run.err());
  }

  @Test
  void withoutDirTheNearestCatalogAboveTheCurrentFolderIsLinted() {
    Path schemas = catalog().resolve("schemas/acme");

    CliRun run = runIn(schemas, "lint");

    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
    assertEquals(ERROR, run.out(), "paths stay relative to the catalog root");
  }

  @Test
  void aRelativeDirIsTakenFromTheCurrentFolder() {
    Path catalog = catalog();

    CliRun run = runIn(catalog.resolve("schemas"), "lint", "..");

    assertEquals(ERROR, run.out());
  }

  @Test
  void breakingFindsTheCatalogAboveTooAndTheGitRepositoryAboveThat() {
    Path catalog = catalog();
    try (GitFixture git = GitFixture.init(dir)) {
      git.commit("Catalog");
    }

    CliRun run = runIn(catalog.resolve("schemas/acme/chat"), "breaking", "--against", "main");

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("0 errors, 0 warnings\n", run.err());
  }

  /** Every command that takes DIR, with the options it requires. */
  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of(List.of("lint")),
        Arguments.of(List.of("breaking", "--against", "main")),
        Arguments.of(List.of("diff", "--against", "main")),
        Arguments.of(List.of("deploy", "--env", "dev")),
        Arguments.of(List.of("verify", "--env", "dev")),
        Arguments.of(List.of("variables", "--env", "dev")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void outsideAnyCatalogEveryCommandSaysWhereItLookedAndExitsTwo(List<String> command)
      throws Exception {
    Path nowhere = Files.createDirectories(dir.resolve("elsewhere/deeper"));

    CliRun run = runIn(nowhere, command.toArray(String[]::new));

    assertEquals(ExitCode.INPUT, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(
        "catalog: no catalog.yaml in "
            + nowhere
            + " or any folder above it; run inside a catalog or name its folder as DIR\n",
        run.err());
  }

  @Test
  void dashIsStandardOutput() {
    Path catalog = catalog();

    CliRun run = runIn(catalog, "lint", "-o", "-");

    assertEquals(ERROR, run.out());
    assertTrue(Files.notExists(catalog.resolve("-")), "no file named -");
  }

  @Test
  void anOutputThatIsAFolderIsOneLineAndExitTwo() {
    Path catalog = catalog();

    CliRun run = CliRun.catalog("lint", catalog.toString(), "-o", dir.toString());

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertEquals("", run.out());
    assertEquals(
        "catalog: "
            + dir
            + ": is a folder; --output takes a file, such as "
            + dir.resolve("report.txt")
            + "\n",
        run.err());
  }

  @Test
  void anOutputBelowAFileIsOneLineAndExitTwo() {
    Path catalog = catalog();
    Path below = catalog.resolve("catalog.yaml").resolve("lint.txt");

    CliRun run = CliRun.catalog("lint", catalog.toString(), "--output", below.toString());

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertTrue(
        run.err()
            .contains(
                "catalog: "
                    + below
                    + ": cannot write the report: "
                    + catalog.resolve("catalog.yaml")
                    + " is a file, not a folder\n"),
        run.err());
  }

  @Test
  void aDeployWhoseOutputIsAFolderStopsBeforeItTalksToTheRegistry() {
    Path catalog = dir.resolve("c");
    FixtureCatalog.withEvent(catalog, "http://127.0.0.1:1");
    List<String> args = new ArrayList<>(List.of("deploy", catalog.toString(), "--env", "dev"));
    args.addAll(List.of("-o", dir.toString()));

    CliRun run = CliRun.catalog(args.toArray(String[]::new));

    assertEquals(ExitCode.INPUT, run.exitCode(), "not 3: the registry is never called");
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("catalog: " + dir + ": is a folder;"), run.err());
  }
}
