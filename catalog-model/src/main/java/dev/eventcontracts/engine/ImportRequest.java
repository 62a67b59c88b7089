package dev.eventcontracts.engine;

import dev.eventcontracts.registry.ClientSettings;
import java.nio.file.Path;
import java.util.Map;

/**
 * Import what the registry of {@code environment} holds into the catalog in {@code dir}.
 *
 * @param dir a catalog whose catalog.yaml names {@code environment} (the import adds to it), or a
 *     folder without catalog.yaml, where a new catalog is written
 * @param registryUrl the registry of a new catalog; null when {@code dir} holds catalog.yaml
 * @param name the name of a new catalog; null: the folder's name
 */
public record ImportRequest(
    Path dir,
    String environment,
    String registryUrl,
    String name,
    int parallelism,
    Map<String, String> variables,
    ClientSettings client) {

  public ImportRequest {
    variables = Map.copyOf(variables);
  }

  public static ImportRequest of(Path dir, String environment) {
    return new ImportRequest(
        dir,
        environment,
        null,
        null,
        DeployRequest.DEFAULT_PARALLELISM,
        System.getenv(),
        ClientSettings.DEFAULT);
  }

  public ImportRequest withRegistry(String url) {
    return new ImportRequest(dir, environment, url, name, parallelism, variables, client);
  }

  public ImportRequest withName(String value) {
    return new ImportRequest(dir, environment, registryUrl, value, parallelism, variables, client);
  }

  public ImportRequest withVariables(Map<String, String> value) {
    return new ImportRequest(dir, environment, registryUrl, name, parallelism, value, client);
  }

  public ImportRequest withClient(ClientSettings value) {
    return new ImportRequest(dir, environment, registryUrl, name, parallelism, variables, value);
  }
}
