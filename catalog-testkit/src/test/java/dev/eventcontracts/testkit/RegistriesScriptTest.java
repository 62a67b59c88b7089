package dev.eventcontracts.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/registries}, the try-out of docs/registry.md, run for real: it unpacks Apicurio
 * from the local Maven repository, starts dev, qa and prod, prints their URLs as export lines and
 * stops them. One test, because three registries take several seconds to start.
 */
class RegistriesScriptTest {

  private static final Path SCRIPT =
      Path.of(System.getProperty("basedir", "."), "..", "scripts", "registries").normalize();
  // kept across test runs of one build tree, so the app is unpacked once
  private static final Path CACHE =
      Path.of(System.getProperty("basedir", "."), "target", "registries-cache");
  private static final String PROTO =
      """
      syntax = "proto3";
      package acme.chat.v1;

      // A chat room was created.
      message RoomCreated {
        string room_id = 1;
      }
      """;

  @TempDir Path home;

  private final List<Integer> ports =
      List.of(
          ApicurioRegistry.freePort(), ApicurioRegistry.freePort(), ApicurioRegistry.freePort());
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @AfterEach
  void stopWhateverRuns() throws Exception {
    if (bash()) {
      run("stop");
    }
  }

  @Test
  void startsThreeRegistriesPrintsTheirUrlsAndStopsThem() throws Exception {
    assumeTrue(bash(), "bash is not installed");

    Result start = run("start");
    assertEquals(0, start.exit(), start.err());
    assertEquals(
        List.of(
            "export DEV_SCHEMA_REGISTRY_URL=" + url(0),
            "export QA_SCHEMA_REGISTRY_URL=" + url(1),
            "export PROD_SCHEMA_REGISTRY_URL=" + url(2)),
        start.out().lines().toList());
    for (int i = 0; i < ports.size(); i++) {
      HttpResponse<String> subjects = get(url(i) + "/subjects");
      assertEquals(200, subjects.statusCode());
      assertEquals("[]", subjects.body());
    }
    assertEquals(start.out(), run("status").out());

    // What docs/registry.md says of format=serialized: Apicurio 2.6 ignores it and answers the
    // schema as registered, not a serialized descriptor.
    String id = register(url(0), "chat.room-created.v1-value", PROTO);
    String asRegistered = get(url(0) + "/schemas/ids/" + id).body();
    assertTrue(asRegistered.contains("// A chat room was created."), asRegistered);
    assertEquals(asRegistered, get(url(0) + "/schemas/ids/" + id + "?format=serialized").body());

    Result stop = run("stop");
    assertEquals(0, stop.exit(), stop.err());
    for (int i = 0; i < ports.size(); i++) {
      String subjects = url(i) + "/subjects";
      assertThrows(ConnectException.class, () -> get(subjects), subjects);
    }
    try (var files = Files.list(home)) {
      assertFalse(files.anyMatch(file -> file.toString().endsWith(".pid")));
    }
  }

  private String url(int index) {
    return "http://127.0.0.1:" + ports.get(index) + "/apis/ccompat/v7";
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String register(String registry, String subject, String schema)
      throws IOException, InterruptedException {
    String body =
        "{\"schemaType\":\"PROTOBUF\",\"schema\":\""
            + schema.replace("\"", "\\\"").replace("\n", "\\n")
            + "\"}";
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(registry + "/subjects/" + subject + "/versions"))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(response.body());
    assertTrue(id.find(), response.statusCode() + " " + response.body());
    return id.group(1);
  }

  private record Result(int exit, String out, String err) {}

  private Result run(String command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), command);
    Map<String, String> env = builder.environment();
    env.put("REGISTRY_PORTS", ports.get(0) + " " + ports.get(1) + " " + ports.get(2));
    env.put("REGISTRIES_HOME", home.toString());
    env.put("REGISTRIES_CACHE", CACHE.toString());
    env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String repository = System.getProperty("localRepository");
    if (repository != null) {
      env.put("MAVEN_REPOSITORY", repository);
    }
    Path err = Files.createTempFile(home, command, ".err");
    Process process = builder.redirectError(err.toFile()).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("scripts/registries " + command + " did not finish within 120 s");
    }
    return new Result(process.exitValue(), out, Files.readString(err));
  }

  private static boolean bash() {
    try {
      return new ProcessBuilder("bash", "-c", "true").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
