package dev.eventcontracts.testkit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Gives a test class a real, empty Schema Registry before each test. Registries are started once
 * per test run (one per name and release, so a test can have a "qa" and a "prod"), emptied before
 * every test, and stopped when the run ends.
 *
 * <p>A {@code @Test} gets Apicurio 2.6.13; a {@link RegistryTest} runs once per release ({@link
 * ApicurioVersion}), every registry of the class on that release, and a release that cannot run
 * here (3.3.3 without Java 21) is skipped with the reason.
 *
 * <pre>
 * &#64;RegisterExtension static final RegistryExtension registry = new RegistryExtension();
 * &#64;RegistryTest void deploys() { ... registry.url() ... }
 * </pre>
 */
public final class RegistryExtension implements BeforeEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RegistryExtension.class);
  private static final String VERSION = "version";

  private final String name;
  private final List<String> properties;
  private final ApicurioVersion pinned;
  private ExtensionContext test;
  private ApicurioRegistry registry;

  public RegistryExtension() {
    this("registry");
  }

  public RegistryExtension(String name) {
    this(name, List.of());
  }

  /**
   * A registry started with its own settings ({@code apicurio.ccompat.max-subjects=50}), so it runs
   * apart from the registries of the same name without them.
   */
  public RegistryExtension(String name, List<String> properties) {
    this(name, properties, null);
  }

  private RegistryExtension(String name, List<String> properties, ApicurioVersion pinned) {
    this.name = name;
    this.properties = List.copyOf(properties);
    this.pinned = pinned;
  }

  /**
   * A registry of one release for every test of the class; where it cannot run here, each test that
   * uses it is skipped with the reason.
   */
  public static RegistryExtension of(ApicurioVersion version) {
    return new RegistryExtension("registry", List.of(), version);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    // the release is known once every extension of the test ran, so start and empty lazily
    test = context;
    registry = null;
  }

  /** The registry's Confluent-compatible base URL. */
  public String url() {
    return registry().url();
  }

  /** The release the current test runs against. */
  public ApicurioVersion version() {
    if (test == null) {
      throw new IllegalStateException("the registry starts before each test, not before");
    }
    if (pinned != null) {
      return pinned;
    }
    ApicurioVersion version = test.getStore(NAMESPACE).get(VERSION, ApicurioVersion.class);
    return version == null ? ApicurioVersion.V2_6_13 : version;
  }

  public ApicurioRegistry registry() {
    if (registry == null) {
      ApicurioVersion version = version();
      version.unavailable().ifPresent(reason -> Assumptions.abort(reason));
      String key = name + " " + version + " " + properties;
      registry =
          test.getRoot()
              .getStore(NAMESPACE)
              .getOrComputeIfAbsent(key, k -> new Running(version, properties), Running.class)
              .registry;
      registry.reset();
    }
    return registry;
  }

  /** Closed by JUnit when the whole run ends. */
  private static final class Running implements ExtensionContext.Store.CloseableResource {
    final ApicurioRegistry registry;

    Running(ApicurioVersion version, List<String> properties) {
      registry = ApicurioRegistry.startForTests(version, properties.toArray(String[]::new));
    }

    @Override
    public void close() {
      registry.close();
    }
  }

  /** One invocation of a {@link RegistryTest} per release. */
  static final class Releases implements TestTemplateInvocationContextProvider {

    private static final Map<ApicurioVersion, Boolean> REPORTED =
        new EnumMap<>(ApicurioVersion.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
      return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
        ExtensionContext context) {
      return Stream.of(ApicurioVersion.values()).map(Releases::on);
    }

    private static TestTemplateInvocationContext on(ApicurioVersion version) {
      return new TestTemplateInvocationContext() {
        @Override
        public String getDisplayName(int invocationIndex) {
          return "[" + version + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
          ExecutionCondition runnable =
              context ->
                  version
                      .unavailable()
                      .map(reason -> skipped(version, reason))
                      .orElse(ConditionEvaluationResult.enabled(version + " runs here"));
          BeforeEachCallback release = context -> context.getStore(NAMESPACE).put(VERSION, version);
          return List.of(runnable, release);
        }
      };
    }

    private static ConditionEvaluationResult skipped(ApicurioVersion version, String reason) {
      synchronized (REPORTED) {
        if (REPORTED.put(version, true) == null) {
          System.err.println("Skipping the " + version + " tests: " + reason);
        }
      }
      return ConditionEvaluationResult.disabled(reason);
    }
  }
}
