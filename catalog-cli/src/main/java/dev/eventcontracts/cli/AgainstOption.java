package dev.eventcontracts.cli;

import picocli.CommandLine.Option;

/** {@code --against REF}: the catalog to compare with. */
public final class AgainstOption {

  @Option(
      names = {"-a", "--against"},
      paramLabel = "REF",
      required = true,
      description = {
        "The catalog to compare with: a directory if one exists at that path, else a Git"
            + " revision of the repository holding DIR (main, origin/main, v1.4.0, a SHA,"
            + " HEAD~1), read from Git objects without touching the work tree."
      })
  private String against;

  public String ref() {
    return against;
  }
}
