package dev.eventcontracts.model;

import java.util.List;
import java.util.Map;

/**
 * Rules switched off ({@code except}: rule IDs or categories) and rules ignored under path globs
 * ({@code ignore}), as in {@code lint:} and {@code breaking:} of catalog.yaml; {@code locations}
 * holds where each name was first written, so an unknown one is reported at its line.
 */
public record SuppressionConfig(
    List<String> except, Map<String, List<String>> ignore, Map<String, SourceLocation> locations) {

  public static final SuppressionConfig NONE = new SuppressionConfig(List.of(), Map.of(), Map.of());

  public SuppressionConfig {
    except = List.copyOf(except);
    ignore = Map.copyOf(ignore);
    locations = Map.copyOf(locations);
  }

  public SuppressionConfig(List<String> except, Map<String, List<String>> ignore) {
    this(except, ignore, Map.of());
  }

  /** Where {@code name} was written in this section, or {@code fallback}. */
  public SourceLocation location(String name, SourceLocation fallback) {
    return locations.getOrDefault(name, fallback);
  }
}
