package dev.eventcontracts.engine;

import java.util.List;

/**
 * The names of the environment variables deploying to an environment reads: its registry's, and
 * those of the environment it promotes from (the gate reads that registry too), sorted.
 */
public record VariablesResult(List<String> names) {

  public VariablesResult {
    names = List.copyOf(names);
  }
}
