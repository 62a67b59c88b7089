package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eventcontracts.report.OutputFormat;
import dev.eventcontracts.report.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog completion bash|zsh}: a script the shell loads, completing what the CLI takes. */
class CompletionCommandTest {

  @TempDir Path dir;

  @Test
  void bashGetsPicocliScriptForTheWholeCommandTree() {
    CliRun run = CliRun.catalog("completion", "bash");

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("#!/usr/bin/env bash\n"), run.out());
    assertTrue(run.out().contains("function _picocli_catalog_lint()"), "every command");
    assertTrue(run.out().contains("function _picocli_catalog_completion()"), "itself too");
    assertTrue(
        run.out()
            .endsWith(
                "complete -F _complete_catalog -o default catalog catalog.sh" + " catalog.bash\n"),
        run.out());
  }

  @Test
  void zshGetsTheBashScriptAfterLoadingBashcompinit() {
    CliRun bash = CliRun.catalog("completion", "bash");
    CliRun zsh = CliRun.catalog("completion", "ZSH");

    assertEquals(ExitCode.OK, zsh.exitCode(), zsh.err());
    assertEquals(CompletionCommand.ZSH_PREAMBLE + bash.out(), zsh.out());
    assertTrue(zsh.out().contains("autoload -U +X bashcompinit && bashcompinit\n"), zsh.out());
  }

  @Test
  void anotherShellIsAUsageErrorNamingTheShells() {
    CliRun run = CliRun.catalog("completion", "fish");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertEquals(
        "catalog: Invalid value for positional parameter at index 0 (SHELL): unknown shell"
            + " \"fish\"; expected one of bash, zsh\n"
            + "Try 'catalog completion --help' for more information.\n",
        run.err());
  }

  @Test
  void bashCompletesCommandsOptionsAndFormatsWithTheScript() throws Exception {
    Path script = dir.resolve("catalog.bash");
    Files.writeString(script, CliRun.catalog("completion", "bash").out());

    assertEquals("lint", complete(script, "catalog", "li"));
    assertEquals("--format", complete(script, "catalog", "lint", "--for"));
    assertEquals(
        String.join(" ", OutputFormat.ids(ReportFormat.class)),
        complete(script, "catalog", "lint", "-f", ""));
    assertEquals("bash zsh", complete(script, "catalog", "completion", ""));
  }

  /** What bash offers for the last of {@code words}, as the script's completion function says. */
  private static String complete(Path script, String... words) throws IOException {
    String line = String.join(" ", words);
    StringBuilder array = new StringBuilder();
    for (String word : words) {
      array.append(" '").append(word).append('\'');
    }
    String program =
        "source '"
            + script
            + "'\nCOMP_WORDS=("
            + array
            + ")\nCOMP_CWORD="
            + (words.length - 1)
            + "\nCOMP_LINE='"
            + line
            + "'\nCOMP_POINT="
            + line.length()
            + "\n_complete_catalog 2>/dev/null\necho \"${COMPREPLY[*]}\"\n";
    Process bash;
    try {
      bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program).start();
    } catch (IOException e) {
      assumeTrue(false, "no bash here: " + e.getMessage());
      throw e;
    }
    try {
      assertTrue(bash.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }
}
