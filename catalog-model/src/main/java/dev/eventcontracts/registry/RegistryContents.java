package dev.eventcontracts.registry;

import dev.eventcontracts.model.CompatibilityMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Everything a registry holds that {@code catalog import} reads: the latest version and the
 * compatibility level of every subject, and the global level.
 *
 * @param globalCompatibility the level subjects without their own inherit, null when unreadable
 */
public record RegistryContents(
    String registry, CompatibilityMode globalCompatibility, List<Subject> subjects) {

  /**
   * One subject: its latest version and its compatibility level (null when the registry reports
   * none of its own; Apicurio answers the global level instead).
   */
  public record Subject(String name, RegisteredSchema latest, CompatibilityMode compatibility) {}

  public RegistryContents {
    subjects = List.copyOf(subjects);
  }

  public Optional<Subject> subject(String name) {
    return subjects.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** Reads every live subject, {@code parallelism} at a time; two requests per subject. */
  public static RegistryContents read(RegistryClient client, int parallelism) {
    CompatibilityMode global = client.globalCompatibility().orElse(null);
    List<String> names = client.subjects();
    Map<String, Subject> read = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallelism));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (String name : names) {
        futures.add(
            pool.submit(
                () -> {
                  Optional<RegisteredSchema> latest = client.latest(name);
                  if (latest.isPresent()) {
                    read.put(
                        name,
                        new Subject(name, latest.get(), client.compatibility(name).orElse(null)));
                  }
                }));
      }
      ParallelRequests.awaitAll(futures, "import");
    } finally {
      pool.shutdownNow();
    }
    List<Subject> subjects = new ArrayList<>();
    for (String name : names) {
      if (read.containsKey(name)) {
        subjects.add(read.get(name));
      }
    }
    return new RegistryContents(client.describe(), global, subjects);
  }
}
