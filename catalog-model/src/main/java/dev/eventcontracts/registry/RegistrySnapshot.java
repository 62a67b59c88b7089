package dev.eventcontracts.registry;

import dev.eventcontracts.model.CompatibilityMode;
import dev.eventcontracts.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What {@code catalog verify} compares: every subject the catalog plans next to what one registry
 * holds for it, and the registry's subjects the catalog does not manage.
 *
 * @param environmentLocation where catalog.yaml declares the environment, for findings about
 *     subjects no file of the catalog names
 */
public record RegistrySnapshot(
    String environment,
    String registry,
    SourceLocation environmentLocation,
    List<SubjectState> subjects,
    List<String> unmanaged) {

  /**
   * One planned subject as the registry holds it.
   *
   * @param latest the latest version, null when the subject is missing
   * @param gitVersion the version holding the catalog's schema text (with the latest version's
   *     references), null when none does
   * @param compatibility the subject's own compatibility level, null when it has none
   * @param expectedReferences import → the version of its subject that holds the catalog's file
   *     (absent when no version does)
   */
  public record SubjectState(
      PlannedSubject planned,
      RegisteredSchema latest,
      Integer gitVersion,
      CompatibilityMode compatibility,
      Map<String, Integer> expectedReferences) {}

  public RegistrySnapshot {
    subjects = List.copyOf(subjects);
    unmanaged = List.copyOf(unmanaged);
  }

  /** Reads the registry: the latest version, a lookup and the config of every planned subject. */
  public static RegistrySnapshot take(
      String environment,
      SourceLocation environmentLocation,
      RegistryClient client,
      SubjectPlan plan,
      int parallelism) {
    Map<String, SubjectState> states = new ConcurrentHashMap<>();
    Map<String, Integer> gitVersions = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallelism));
    try {
      for (List<PlannedSubject> level : plan.levels()) {
        List<Future<?>> futures = new ArrayList<>();
        for (PlannedSubject s : level) {
          futures.add(
              pool.submit(
                  () -> {
                    SubjectState state = read(client, s, gitVersions);
                    states.put(s.subject(), state);
                    if (state.gitVersion() != null) {
                      gitVersions.put(s.subject(), state.gitVersion());
                    }
                  }));
        }
        await(futures);
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> unmanaged = new ArrayList<>(client.subjects());
    unmanaged.removeAll(plan.subjects().stream().map(PlannedSubject::subject).toList());
    unmanaged.removeAll(plan.keySubjects());
    List<SubjectState> ordered = new ArrayList<>();
    plan.subjects().forEach(s -> ordered.add(states.get(s.subject())));
    return new RegistrySnapshot(
        environment, client.describe(), environmentLocation, ordered, unmanaged);
  }

  private static SubjectState read(
      RegistryClient client, PlannedSubject s, Map<String, Integer> gitVersions) {
    Map<String, Integer> expected = new TreeMap<>();
    for (String imported : s.imports()) {
      Integer version = gitVersions.get(imported);
      if (version != null) {
        expected.put(imported, version);
      }
    }
    Optional<RegisteredSchema> latest = client.latest(s.subject());
    if (latest.isEmpty()) {
      return new SubjectState(s, null, null, null, expected);
    }
    // judge the text on its own: pin imports as the latest version does
    RegistryClient.Lookup lookup =
        client.lookup(s.subject(), new SchemaContent(s.schema(), latest.get().references()));
    Integer gitVersion =
        lookup.status() == RegistryClient.Lookup.Status.FOUND ? lookup.schema().version() : null;
    CompatibilityMode compatibility = client.compatibility(s.subject()).orElse(null);
    return new SubjectState(s, latest.get(), gitVersion, compatibility, expected);
  }

  private static void await(List<Future<?>> futures) {
    ParallelRequests.awaitAll(futures, "verify");
  }
}
