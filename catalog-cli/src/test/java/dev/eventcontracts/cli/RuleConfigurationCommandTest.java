package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when catalog.yaml names a rule or category that does not exist. */
class RuleConfigurationCommandTest {

  @TempDir Path dir;

  @Test
  void aMisspeltRuleInExceptIsExitTwoWithItsLineAndTheRuleMeant() {
    FixtureCatalog catalog =
        FixtureCatalog.clean(dir)
            .file(
                "catalog.yaml",
                """
                catalog: fixture
                teams:
                  chat: { github: "@acme/chat" }
                lint:
                  except: [EVENT_NO_CONSUMER]
                """);

    CliRun run = CliRun.catalog("lint", catalog.dir());

    assertEquals(ExitCode.INPUT, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(
        "catalog: catalog.yaml:5:12: lint.except names unknown rule or category"
            + " \"EVENT_NO_CONSUMER\"; did you mean \"EVENT_NO_CONSUMERS\"?\n",
        run.err());
  }

  @Test
  void aKnownCategoryInExceptIsAccepted() {
    FixtureCatalog catalog =
        FixtureCatalog.clean(dir)
            .file(
                "catalog.yaml",
                """
                catalog: fixture
                teams:
                  chat: { github: "@acme/chat" }
                lint:
                  except: [COMMENTS]
                """);

    CliRun run = CliRun.catalog("lint", catalog.dir());

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
  }
}
