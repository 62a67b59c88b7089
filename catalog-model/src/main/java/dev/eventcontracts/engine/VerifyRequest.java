package dev.eventcontracts.engine;

import dev.eventcontracts.registry.ClientSettings;
import java.nio.file.Path;
import java.util.Map;

/**
 * Compare the registry of {@code environment} with the catalog in {@code catalogDir}.
 *
 * @param strict subjects the catalog does not manage are errors, not warnings
 */
public record VerifyRequest(
    Path catalogDir,
    String environment,
    boolean strict,
    int parallelism,
    Map<String, String> variables,
    ClientSettings client) {

  public VerifyRequest {
    variables = Map.copyOf(variables);
  }

  public static VerifyRequest of(Path catalogDir, String environment) {
    return new VerifyRequest(
        catalogDir,
        environment,
        false,
        DeployRequest.DEFAULT_PARALLELISM,
        System.getenv(),
        ClientSettings.DEFAULT);
  }

  public VerifyRequest withStrict(boolean value) {
    return new VerifyRequest(catalogDir, environment, value, parallelism, variables, client);
  }

  public VerifyRequest withVariables(Map<String, String> value) {
    return new VerifyRequest(catalogDir, environment, strict, parallelism, value, client);
  }

  public VerifyRequest withClient(ClientSettings value) {
    return new VerifyRequest(catalogDir, environment, strict, parallelism, variables, value);
  }
}
