package dev.eventcontracts.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Apicurio Registry releases the test kit runs: 2.6.13, the one the tests always had, and
 * 3.3.3, the current major, which needs Java 21 or later. A 3.3.3 registry runs on the first Java
 * 21+ found: the {@code apicurio3.java} system property, the test JVM itself, or a JDK under {@code
 * /usr/lib/jvm}.
 */
public enum ApicurioVersion {
  V2_6_13("2.6.13", "runner", "/apis/registry/v2", 17),
  V3_3_3("3.3.3", "runner3", "/apis/registry/v3", 21);

  private static final Path JVMS = Path.of("/usr/lib/jvm");

  private final String label;
  private final String runnerKey;
  private final String coreApi;
  private final int javaRelease;

  ApicurioVersion(String label, String runnerKey, String coreApi, int javaRelease) {
    this.label = label;
    this.runnerKey = runnerKey;
    this.coreApi = coreApi;
    this.javaRelease = javaRelease;
  }

  /** {@code Apicurio 3.3.3}, as test names show it. */
  @Override
  public String toString() {
    return "Apicurio " + label;
  }

  /** Apicurio's own REST API (not the Confluent one), which the test kit empties through. */
  String coreApi() {
    return coreApi;
  }

  /** The runnable jar the build unpacked; the {@code apicurio.runner} property overrides 2.6's. */
  Path runner() {
    String configured =
        this == V2_6_13
            ? System.getProperty("apicurio.runner")
            : System.getProperty("apicurio3.runner");
    if (configured == null) {
      Properties properties = new Properties();
      try (InputStream in = ApicurioVersion.class.getResourceAsStream("apicurio.properties")) {
        properties.load(in);
      } catch (IOException | NullPointerException e) {
        throw new IllegalStateException("catalog-testkit was built without apicurio.properties");
      }
      configured = properties.getProperty(runnerKey);
    }
    Path runner = Path.of(configured);
    if (!Files.isRegularFile(runner)) {
      throw new IllegalStateException(
          runner + " is missing: build catalog-testkit (mvn -pl catalog-testkit package)");
    }
    return runner;
  }

  /** The java launcher this release runs on, or empty when no Java is recent enough. */
  public Optional<Path> java() {
    String configured = System.getProperty("apicurio3.java");
    if (configured != null && this != V2_6_13) {
      return Optional.of(Path.of(configured));
    }
    if (Runtime.version().feature() >= javaRelease) {
      return Optional.of(Path.of(System.getProperty("java.home"), "bin", "java"));
    }
    if (!Files.isDirectory(JVMS)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(JVMS)) {
      return homes
          .filter(home -> Files.isExecutable(home.resolve("bin/java")))
          .filter(home -> release(home) >= javaRelease)
          .max(Comparator.comparingInt(ApicurioVersion::release))
          .map(home -> home.resolve("bin/java"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Why this release cannot run here, or empty when it can. */
  public Optional<String> unavailable() {
    if (java().isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        this
            + " needs Java "
            + javaRelease
            + " or later: this JVM is "
            + Runtime.version().feature()
            + " and none is under "
            + JVMS
            + " (set -Dapicurio3.java=/path/to/bin/java)");
  }

  /** Every release that can run here, oldest first. */
  public static List<ApicurioVersion> available() {
    return Stream.of(values()).filter(v -> v.unavailable().isEmpty()).toList();
  }

  private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

  /** The feature release of a JDK from its {@code release} file, 0 when unknown. */
  private static int release(Path home) {
    try {
      Matcher m = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
