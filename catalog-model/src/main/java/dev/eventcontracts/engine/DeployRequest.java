package dev.eventcontracts.engine;

import dev.eventcontracts.registry.ClientSettings;
import dev.eventcontracts.registry.Deployer;
import java.nio.file.Path;
import java.util.Map;

/**
 * Deploy the catalog in {@code catalogDir} to the registry of {@code environment}.
 *
 * @param dryRun plan and check only, write nothing
 * @param parallelism how many subjects are handled at once (default 8)
 * @param variables the process environment, for {@code ${VAR}} and credential variables
 */
public record DeployRequest(
    Path catalogDir,
    String environment,
    boolean dryRun,
    int parallelism,
    Map<String, String> variables,
    ClientSettings client,
    Deployer.Progress progress) {

  public static final int DEFAULT_PARALLELISM = 8;

  public DeployRequest {
    variables = Map.copyOf(variables);
  }

  /** A real deploy with the defaults and the process environment. */
  public static DeployRequest of(Path catalogDir, String environment) {
    return new DeployRequest(
        catalogDir,
        environment,
        false,
        DEFAULT_PARALLELISM,
        System.getenv(),
        ClientSettings.DEFAULT,
        Deployer.Progress.NONE);
  }

  public DeployRequest withDryRun(boolean value) {
    return new DeployRequest(
        catalogDir, environment, value, parallelism, variables, client, progress);
  }

  public DeployRequest withParallelism(int value) {
    return new DeployRequest(catalogDir, environment, dryRun, value, variables, client, progress);
  }

  public DeployRequest withVariables(Map<String, String> value) {
    return new DeployRequest(catalogDir, environment, dryRun, parallelism, value, client, progress);
  }

  public DeployRequest withClient(ClientSettings value) {
    return new DeployRequest(
        catalogDir, environment, dryRun, parallelism, variables, value, progress);
  }

  public DeployRequest withProgress(Deployer.Progress value) {
    return new DeployRequest(
        catalogDir, environment, dryRun, parallelism, variables, client, value);
  }
}
