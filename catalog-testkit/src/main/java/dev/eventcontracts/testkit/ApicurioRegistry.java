package dev.eventcontracts.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Apicurio Registry (in-memory storage) running as a child process on a free loopback port,
 * with its Confluent-compatible API at {@link #url()}. The build unpacks the runnable app into
 * {@code catalog-testkit/target/apicurio}; the {@code apicurio.runner} system property points
 * elsewhere.
 */
public final class ApicurioRegistry implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofSeconds(90);

  private final ApicurioVersion version;
  private final Process process;
  private final int port;
  private final Path log;
  private final HttpClient http = HttpClient.newHttpClient();

  private ApicurioRegistry(ApicurioVersion version, Process process, int port, Path log) {
    this.version = version;
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts a 2.6.13 registry and waits until its API answers. */
  public static ApicurioRegistry start(String... jvmOptions) {
    return start(ApicurioVersion.V2_6_13, jvmOptions);
  }

  /**
   * Starts a registry of {@code version} and waits until its API answers. Its HTTP port and (on
   * 3.x) its management port listen on loopback only; 3.x lets the Confluent API delete subjects,
   * as 2.6 does.
   */
  public static ApicurioRegistry start(ApicurioVersion version, String... jvmOptions) {
    return start(version, List.of(jvmOptions), List.of());
  }

  /** As {@link #start(ApicurioVersion, String...)}, with registry settings given as properties. */
  public static ApicurioRegistry start(
      ApicurioVersion version, List<String> jvmOptions, List<String> properties) {
    Path runner = version.runner();
    Path java =
        version
            .java()
            .orElseThrow(() -> new IllegalStateException(version.unavailable().orElseThrow()));
    int port = freePort();
    try {
      Path log = Files.createTempFile("apicurio-" + port + "-", ".log");
      List<String> command = new ArrayList<>();
      command.add(java.toString());
      command.addAll(jvmOptions);
      command.add("-Dquarkus.http.host=127.0.0.1");
      command.add("-Dquarkus.http.port=" + port);
      if (version != ApicurioVersion.V2_6_13) {
        command.add("-Dquarkus.management.host=127.0.0.1");
        command.add("-Dquarkus.management.port=" + freePort());
        command.add("-Dapicurio.rest.deletion.group.enabled=true");
        command.add("-Dapicurio.rest.deletion.artifact.enabled=true");
        command.add("-Dapicurio.rest.deletion.artifact-version.enabled=true");
      }
      properties.forEach(p -> command.add("-D" + p));
      command.add("-jar");
      command.add(runner.toString());
      Process process =
          new ProcessBuilder(command)
              .directory(runner.getParent().toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      ApicurioRegistry registry = new ApicurioRegistry(version, process, port, log);
      // a test JVM that dies must not leave a registry behind
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
      registry.awaitReady();
      return registry;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start Apicurio Registry from " + runner, e);
    }
  }

  /** Fast startup for tests: the C1 compiler only and the serial collector. */
  public static ApicurioRegistry startForTests() {
    return startForTests(ApicurioVersion.V2_6_13);
  }

  /** Fast startup for tests of one release. */
  public static ApicurioRegistry startForTests(ApicurioVersion version, String... properties) {
    return start(version, TEST_JVM, List.of(properties));
  }

  private static final List<String> TEST_JVM =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m");

  public ApicurioVersion version() {
    return version;
  }

  /** The Confluent-compatible API: {@code http://127.0.0.1:PORT/apis/ccompat/v7}. */
  public String url() {
    return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
  }

  public int port() {
    return port;
  }

  /** Deletes every subject and global rule, so the next test starts from an empty registry. */
  public void reset() {
    send("DELETE", version.coreApi() + "/groups/default/artifacts");
    send("DELETE", version.coreApi() + "/admin/rules");
  }

  /** Deletes a subject for good, as an operator would outside the catalog. */
  public void deleteSubject(String subject) {
    String path =
        "/apis/ccompat/v7/subjects/"
            + java.net.URLEncoder.encode(subject, java.nio.charset.StandardCharsets.UTF_8);
    send("DELETE", path);
    send("DELETE", path + "?permanent=true");
  }

  private int send(String method, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(Duration.ofSeconds(30))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(version + " exited at startup; see " + log);
      }
      try {
        if (send("GET", "/apis/ccompat/v7/subjects") == 200) {
          return;
        }
      } catch (UncheckedIOException notYet) {
        // still starting
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    close();
    throw new IllegalStateException(version + " did not start within " + STARTUP);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
