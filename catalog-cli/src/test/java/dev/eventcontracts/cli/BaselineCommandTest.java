package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineCommandTest {

  @TempDir Path dir;

  private static final String PROTO =
      """
      syntax = "proto3";
      package acme.chat.v1;
      // A ping.
      message Ping {
      %s}
      """;

  private static final String SENDER = "  // Who pinged.\n  string senderId = 1;\n";
  private static final String RECEIVER = "  // Who is pinged.\n  string receiverId = 2;\n";

  private FixtureCatalog failing() {
    return FixtureCatalog.clean(dir)
        .file(
            "catalog.yaml",
            """
            # The fixture catalog; this comment stays.
            catalog: fixture
            teams:
              chat: { github: "@acme/chat" }
            """)
        .file("schemas/acme/chat/v1/ping.proto", PROTO.formatted(SENDER));
  }

  @Test
  void theBaselineMakesAFailingCatalogPassAndANewFindingFail() throws Exception {
    FixtureCatalog catalog = failing();
    assertEquals(ExitCode.FINDINGS, CliRun.catalog("lint", catalog.dir()).exitCode());

    CliRun baseline = CliRun.catalog("baseline", catalog.dir());

    assertEquals(ExitCode.OK, baseline.exitCode(), baseline.err());
    assertEquals(
        "Wrote 1 finding to lint-baseline.yaml; catalog.yaml now sets lint.baseline:"
            + " lint-baseline.yaml.\n",
        baseline.out());
    assertEquals(
        """
        # The fixture catalog; this comment stays.
        catalog: fixture
        teams:
          chat: { github: "@acme/chat" }
        lint:
          baseline: lint-baseline.yaml
        """,
        Files.readString(dir.resolve("catalog.yaml")));
    String written = Files.readString(dir.resolve("lint-baseline.yaml"));
    assertTrue(written.contains("  - rule: FIELD_LOWER_SNAKE_CASE\n"), written);
    assertTrue(written.contains("    path: \"schemas/acme/chat/v1/ping.proto\"\n"), written);

    CliRun lint = CliRun.catalog("lint", catalog.dir());
    assertEquals(ExitCode.OK, lint.exitCode(), lint.out() + lint.err());
    assertEquals("note: 1 finding in the baseline (lint-baseline.yaml).\n", lint.out());

    // A new field above the old one: the old finding moves two lines and stays covered.
    catalog.file("schemas/acme/chat/v1/ping.proto", PROTO.formatted(RECEIVER + SENDER));
    CliRun again = CliRun.catalog("lint", catalog.dir());
    assertEquals(ExitCode.FINDINGS, again.exitCode(), again.out());
    assertTrue(
        again.out().startsWith("schemas/acme/chat/v1/ping.proto:6:3: FIELD_LOWER_SNAKE_CASE "),
        again.out());
    assertTrue(again.out().contains("\"receiverId\""), again.out());
    assertTrue(!again.out().contains("\"senderId\""), again.out());
    assertTrue(again.out().endsWith("note: 1 finding in the baseline (lint-baseline.yaml).\n"));
  }

  @Test
  void aFixedFindingShowsUpAsAStaleEntry() {
    FixtureCatalog catalog = failing();
    assertEquals(ExitCode.OK, CliRun.catalog("baseline", catalog.dir()).exitCode());

    catalog.file(
        "schemas/acme/chat/v1/ping.proto",
        PROTO.formatted("  // Who pinged.\n  string sender_id = 1;\n"));
    CliRun lint = CliRun.catalog("lint", catalog.dir());

    assertEquals(ExitCode.OK, lint.exitCode(), lint.out());
    assertEquals(
        """
        note: Baseline entry at lint-baseline.yaml:5:5 for FIELD_LOWER_SNAKE_CASE in \
        schemas/acme/chat/v1/ping.proto matches no finding any more; run catalog baseline to \
        drop it.
        """,
        lint.out());

    CliRun rewrite = CliRun.catalog("baseline", catalog.dir());
    assertEquals("Wrote 0 findings to lint-baseline.yaml.\n", rewrite.out());
    assertEquals("", CliRun.catalog("lint", catalog.dir()).out());
  }

  @Test
  void aMissingBaselineIsOneInputError() {
    FixtureCatalog catalog =
        FixtureCatalog.clean(dir)
            .file(
                "catalog.yaml",
                """
                catalog: fixture
                lint:
                  baseline: gone.yaml
                """);

    CliRun lint = CliRun.catalog("lint", catalog.dir());

    assertEquals(ExitCode.INPUT, lint.exitCode());
    assertEquals(
        "catalog: catalog.yaml:3:13: lint.baseline names \"gone.yaml\", which does not exist;"
            + " write it with catalog baseline\n",
        lint.err());
  }

  @Test
  void aMalformedBaselineIsAnInputError() {
    FixtureCatalog catalog =
        failing()
            .file("catalog.yaml", "catalog: fixture\nlint:\n  baseline: lint-baseline.yaml\n")
            .file(
                "lint-baseline.yaml", "findings:\n  - rule: FIELD_LOWER_SNAKE_CASE\n    pth: x\n");

    CliRun lint = CliRun.catalog("lint", catalog.dir());

    assertEquals(ExitCode.INPUT, lint.exitCode(), lint.err());
    assertTrue(lint.err().contains("lint-baseline.yaml:"), lint.err());
    assertTrue(lint.err().contains("regenerate it with catalog baseline"), lint.err());
  }
}
