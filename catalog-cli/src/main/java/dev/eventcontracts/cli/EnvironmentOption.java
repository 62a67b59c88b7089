package dev.eventcontracts.cli;

import picocli.CommandLine.Option;

/** {@code --env ENV}: the environment whose Schema Registry a command talks to. */
public final class EnvironmentOption {

  @Option(
      names = {"-e", "--env"},
      paramLabel = "ENV",
      required = true,
      // $${VAR} is picocli's escape for a literal ${VAR}, which it would otherwise look up
      description =
          "Environment of catalog.yaml (dev, qa, prod...) whose registry to use; its $${VAR}"
              + " settings are read from the process environment.")
  private String environment;

  public String name() {
    return environment;
  }
}
