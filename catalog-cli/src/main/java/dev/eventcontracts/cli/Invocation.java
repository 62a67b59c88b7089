package dev.eventcontracts.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the process hands every command: its environment variables (registry URLs and credentials
 * for deploy and verify, {@code NO_COLOR}), the folder it runs in (where DIR is resolved and the
 * catalog is looked for), and whether standard output is a terminal. {@link CatalogCli} takes one,
 * so a test can set each of them.
 */
public record Invocation(Map<String, String> environment, Path workingDirectory, boolean terminal) {

  public Invocation {
    environment = Map.copyOf(environment);
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  /**
   * This process. Java 17 has a console only when standard input and output are both terminals, so
   * piping the output or redirecting it to a file turns the terminal off.
   */
  public static Invocation current() {
    return new Invocation(System.getenv(), Path.of(""), System.console() != null);
  }

  public Invocation withEnvironment(Map<String, String> environment) {
    return new Invocation(environment, workingDirectory, terminal);
  }

  public Invocation withWorkingDirectory(Path workingDirectory) {
    return new Invocation(environment, workingDirectory, terminal);
  }

  public Invocation withTerminal(boolean terminal) {
    return new Invocation(environment, workingDirectory, terminal);
  }

  /**
   * Whether text on standard output may be coloured: it is a terminal, {@code NO_COLOR} is unset or
   * empty (as no-color.org defines it) and {@code TERM} is not {@code dumb}.
   */
  public boolean colour() {
    return terminal
        && environment.getOrDefault("NO_COLOR", "").isEmpty()
        && !"dumb".equals(environment.get("TERM"));
  }
}
