package dev.eventcontracts.registry;

import dev.eventcontracts.model.CompatibilityMode;
import dev.eventcontracts.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * @param unmanaged the subjects the registry lists, inside the part the catalog manages ({@code
 *     subjects.prefix}), that the catalog does not plan
 * @param incompleteListing why the registry's listing of subjects may lack some, so {@code
 *     unmanaged} cannot be trusted to hold them all; null when the listing is whole
 * @param region the region's name in a multi-region environment, else null
 * @param regions in a multi-region environment, the snapshot of every region but the primary (this
 *     one), each holding the same planned subjects in the same order; else empty
 */
public record RegistrySnapshot(
    String environment,
    String registry,
    SourceLocation environmentLocation,
    List<SubjectState> subjects,
    List<String> unmanaged,
    String incompleteListing,
    String region,
    List<RegistrySnapshot> regions) {

  /**
   * The smallest cap on {@code GET /subjects} known among registries: Apicurio 3 lists 1,000
   * subjects unless {@code apicurio.ccompat.max-subjects} says otherwise. A registry that ignores
   * paging and lists this many or more may have cut its listing there.
   */
  public static final int LISTING_CAP = 1000;

  public RegistrySnapshot(
      String environment,
      String registry,
      SourceLocation environmentLocation,
      List<SubjectState> subjects,
      List<String> unmanaged) {
    this(environment, registry, environmentLocation, subjects, unmanaged, null);
  }

  public RegistrySnapshot(
      String environment,
      String registry,
      SourceLocation environmentLocation,
      List<SubjectState> subjects,
      List<String> unmanaged,
      String incompleteListing) {
    this(
        environment,
        registry,
        environmentLocation,
        subjects,
        unmanaged,
        incompleteListing,
        null,
        List.of());
  }

  /** This primary's snapshot with the snapshots of the other regions beside it. */
  public RegistrySnapshot withRegions(String primaryRegion, List<RegistrySnapshot> others) {
    return new RegistrySnapshot(
        environment,
        registry,
        environmentLocation,
        subjects,
        unmanaged,
        incompleteListing,
        primaryRegion,
        others);
  }

  /** This snapshot as one region's: {@code prod region eu (https://…)}. */
  public RegistrySnapshot inRegion(String name) {
    return new RegistrySnapshot(
        environment,
        registry,
        environmentLocation,
        subjects,
        unmanaged,
        incompleteListing,
        name,
        List.of());
  }

  /**
   * One planned subject as this primary holds it and as one of its other regions does.
   *
   * @param region the other region's snapshot
   */
  public record RegionSubject(RegistrySnapshot region, SubjectState primary, SubjectState there) {}

  /** Every planned subject in every other region, beside the primary's state of it. */
  public List<RegionSubject> regionSubjects() {
    List<RegionSubject> pairs = new java.util.ArrayList<>();
    for (RegistrySnapshot other : regions) {
      for (int i = 0; i < subjects.size(); i++) {
        pairs.add(new RegionSubject(other, subjects.get(i), other.subjects().get(i)));
      }
    }
    return pairs;
  }

  /** How findings name this registry: {@code prod region eu}, or just the environment. */
  public String where() {
    return region == null ? environment : environment + " region " + region;
  }

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
    regions = List.copyOf(regions);
  }

  /** Reads the registry: the latest version, a lookup and the config of every planned subject. */
  public static RegistrySnapshot take(
      String environment,
      SourceLocation environmentLocation,
      RegistryClient client,
      SubjectPlan plan,
      int parallelism) {
    return take(environment, environmentLocation, client, plan, "", parallelism);
  }

  /**
   * Reads the registry as {@link #take(String, SourceLocation, RegistryClient, SubjectPlan, int)}
   * does; only subjects starting with {@code prefix} count as unmanaged.
   */
  public static RegistrySnapshot take(
      String environment,
      SourceLocation environmentLocation,
      RegistryClient client,
      SubjectPlan plan,
      String prefix,
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
    SubjectListing listing = client.listSubjects();
    Set<String> listed = new HashSet<>(listing.subjects());
    Set<String> planned = plan.managed();
    List<String> unmanaged =
        listing.subjects().stream()
            .filter(s -> s.startsWith(prefix) && !planned.contains(s))
            .toList();
    List<SubjectState> ordered = new ArrayList<>();
    plan.subjects().forEach(s -> ordered.add(states.get(s.subject())));
    String unlisted =
        ordered.stream()
            .filter(s -> s.latest() != null && !listed.contains(s.planned().subject()))
            .map(s -> s.planned().subject())
            .sorted()
            .findFirst()
            .orElse(null);
    String incomplete = null;
    if (unlisted != null) {
      incomplete =
          "lists "
              + listing.subjects().size()
              + " subjects on GET /subjects but not \""
              + unlisted
              + "\", which it holds";
    } else if (!listing.paged() && listing.subjects().size() >= LISTING_CAP) {
      incomplete =
          "ignores offset and limit on GET /subjects and lists "
              + listing.subjects().size()
              + " subjects, at least as many as a listing cap may stop at ("
              + LISTING_CAP
              + " by default on Apicurio 3)";
    }
    return new RegistrySnapshot(
        environment, client.describe(), environmentLocation, ordered, unmanaged, incomplete);
  }

  /**
   * The subject versions whose schema ID differs between the regions' snapshots (primary first),
   * one line each naming the ID every region gave: {@code s version 1: schema id 4 in prod region
   * us, 7 in prod region eu}.
   */
  public static List<String> schemaIdDifferences(List<RegistrySnapshot> regions) {
    List<String> lines = new ArrayList<>();
    RegistrySnapshot primary = regions.get(0);
    for (int i = 0; i < primary.subjects().size(); i++) {
      RegisteredSchema held = primary.subjects().get(i).latest();
      if (held == null) {
        continue;
      }
      List<String> ids = new ArrayList<>();
      boolean differs = false;
      for (RegistrySnapshot region : regions) {
        RegisteredSchema latest = region.subjects().get(i).latest();
        String id = latest == null ? "none" : String.valueOf(latest.id());
        differs |= latest == null || latest.id() != held.id();
        ids.add(id + " in " + region.environment());
      }
      if (differs) {
        lines.add(
            held.subject()
                + " version "
                + held.version()
                + ": schema id "
                + String.join(", ", ids));
      }
    }
    return lines;
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
