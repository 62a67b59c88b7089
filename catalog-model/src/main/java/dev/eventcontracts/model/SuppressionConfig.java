package dev.eventcontracts.model;

import java.util.List;
import java.util.Map;

/**
 * Rules switched off ({@code except}) and rules ignored under path globs ({@code ignore}), as in
 * {@code lint:} and {@code breaking:} of catalog.yaml.
 */
public record SuppressionConfig(List<String> except, Map<String, List<String>> ignore) {

  public static final SuppressionConfig NONE = new SuppressionConfig(List.of(), Map.of());

  public SuppressionConfig {
    except = List.copyOf(except);
    ignore = Map.copyOf(ignore);
  }
}
