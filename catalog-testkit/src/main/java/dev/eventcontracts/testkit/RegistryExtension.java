package dev.eventcontracts.testkit;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class a real, empty Schema Registry before each test. Registries are started once
 * per test run (one per name, so a test can have a "qa" and a "prod"), emptied before every test,
 * and stopped when the run ends.
 *
 * <pre>
 * &#64;RegisterExtension static final RegistryExtension registry = new RegistryExtension();
 * ... registry.url() ...
 * </pre>
 */
public final class RegistryExtension implements BeforeEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RegistryExtension.class);

  private final String name;
  private ApicurioRegistry registry;

  public RegistryExtension() {
    this("registry");
  }

  public RegistryExtension(String name) {
    this.name = name;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    registry =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(name, n -> new Running(), Running.class)
            .registry;
    registry.reset();
  }

  /** The registry's Confluent-compatible base URL. */
  public String url() {
    return registry().url();
  }

  public ApicurioRegistry registry() {
    if (registry == null) {
      throw new IllegalStateException("the registry starts before each test, not before");
    }
    return registry;
  }

  /** Closed by JUnit when the whole run ends. */
  private static final class Running implements ExtensionContext.Store.CloseableResource {
    final ApicurioRegistry registry = ApicurioRegistry.startForTests();

    @Override
    public void close() {
      registry.close();
    }
  }
}
