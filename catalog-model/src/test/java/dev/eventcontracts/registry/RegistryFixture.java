package dev.eventcontracts.registry;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.DeployRequest;
import dev.eventcontracts.engine.DeployResult;
import dev.eventcontracts.engine.VerifyRequest;
import dev.eventcontracts.engine.VerifyResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A copy of the example catalog in a temporary folder, with the registry URLs its environments read
 * from variables, and quick timeouts so fault tests stay short.
 */
final class RegistryFixture {

  static final Path EXAMPLE = Path.of("..", "example-catalog");

  /** Short timeouts and backoff: a fault test waits milliseconds, not seconds. */
  static final ClientSettings QUICK =
      new ClientSettings(
          Duration.ofSeconds(2),
          Duration.ofSeconds(2),
          new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(200)));

  final Path dir;
  final Map<String, String> variables = new HashMap<>();
  final CatalogEngine engine = new CatalogEngine();

  RegistryFixture(Path dir) {
    this(dir, true);
  }

  private RegistryFixture(Path dir, boolean example) {
    this.dir = dir;
    if (example) {
      copy(EXAMPLE, dir);
    }
  }

  /** A catalog a test already wrote into {@code dir}. */
  static RegistryFixture at(Path dir) {
    return new RegistryFixture(dir, false);
  }

  RegistryFixture env(String name, String value) {
    variables.put(name, value);
    return this;
  }

  /** Points an environment of the example catalog (dev, qa, prod) at a registry. */
  RegistryFixture registry(String environment, String url) {
    return env(environment.toUpperCase(java.util.Locale.ROOT) + "_SCHEMA_REGISTRY_URL", url);
  }

  DeployRequest deployRequest(String environment) {
    return DeployRequest.of(dir, environment).withVariables(variables).withClient(QUICK);
  }

  DeployResult deploy(String environment) {
    return engine.deploy(deployRequest(environment));
  }

  VerifyResult verify(String environment, boolean strict) {
    return engine.verify(
        VerifyRequest.of(dir, environment)
            .withVariables(variables)
            .withClient(QUICK)
            .withStrict(strict));
  }

  /** Replaces {@code from} by {@code to} in a catalog file; fails when {@code from} is absent. */
  void edit(String file, String from, String to) {
    Path path = dir.resolve(file);
    try {
      String text = Files.readString(path);
      if (!text.contains(from)) {
        throw new AssertionError(file + " does not contain " + from);
      }
      Files.writeString(path, text.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A catalog file's text. */
  String read(String file) {
    try {
      return Files.readString(dir.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Holds every event to BACKWARD_TRANSITIVE. Apicurio 3.3 refuses any added field or message under
   * FORWARD and FULL, which the tests that add a field do not test.
   */
  RegistryFixture backwardOnly() {
    try (Stream<Path> files = Files.walk(dir.resolve("domains"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        String text = Files.readString(file);
        Files.writeString(
            file,
            text.replaceAll(
                "(?m)^compatibility: (FULL|FORWARD)(_TRANSITIVE)?$",
                "compatibility: BACKWARD_TRANSITIVE"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  static HttpRegistryClient client(String url) {
    return new HttpRegistryClient(RegistryEndpoint.of("test", url), QUICK);
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
