package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command's {@code --format}, as a user meets it: the help names the formats and the default,
 * any case is accepted, and a format that is none of them is exit 2 naming the valid ones.
 */
class FormatOptionTest {

  /** A command with the options it requires, its formats and its default. */
  static Stream<Arguments> commands() {
    String reports = "text, json, sarif, junit, github, markdown";
    return Stream.of(
        Arguments.of(List.of("lint"), reports, "text"),
        Arguments.of(List.of("breaking", "--against", "main"), reports, "text"),
        Arguments.of(List.of("verify", "--env", "dev"), reports, "text"),
        Arguments.of(List.of("diff", "--against", "main"), "markdown, text, json", "markdown"),
        Arguments.of(List.of("deploy", "--env", "dev"), "text, json, markdown", "text"),
        Arguments.of(List.of("rules"), "text, json, markdown", "text"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void anUnknownFormatIsAUsageErrorNamingTheValidOnes(
      List<String> command, String formats, String byDefault) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--format", "yaml"));

    CliRun run = CliRun.catalog(args.toArray(String[]::new));

    assertEquals(ExitCode.INPUT, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(
        "catalog: Invalid value for option '--format': unknown format \"yaml\"; expected one of "
            + formats
            + "\nTry 'catalog "
            + command.get(0)
            + " --help' for more information.\n",
        run.err());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void helpNamesTheFormatsAndTheDefault(List<String> command, String formats, String byDefault) {
    CliRun run = CliRun.catalog(command.get(0), "--help");

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    String help = run.out().replaceAll("\\s+", " ");
    assertTrue(help.contains("-f, --format=FORMAT"), run.out());
    assertTrue(help.contains("format: " + formats + ". Default: " + byDefault + "."), run.out());
  }
}
