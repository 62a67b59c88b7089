package dev.eventcontracts.model;

import java.util.List;

/**
 * A deployment stage with its Schema Registries: one, or one per region ({@code registries:}), the
 * first of which is the primary. Values may hold {@code ${VAR}} references; they are expanded only
 * when the environment is used.
 */
public record Environment(
    String name, List<RegistrySettings> registries, String promoteFrom, SourceLocation location) {

  public Environment {
    registries = List.copyOf(registries);
  }

  /** An environment served by one registry, or none. */
  public Environment(
      String name, RegistrySettings registry, String promoteFrom, SourceLocation location) {
    this(name, registry == null ? List.of() : List.of(registry), promoteFrom, location);
  }

  /** The primary registry, null when the environment names none. */
  public RegistrySettings registry() {
    return registries.isEmpty() ? null : registries.get(0);
  }

  /** True when several registries serve the environment, one per region. */
  public boolean multiRegion() {
    return registries.size() > 1;
  }
}
