package dev.eventcontracts.registry;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.model.CompatibilityMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Puts a {@link SubjectPlan} into one registry: inspect every subject (one lookup when it is
 * unchanged), check every new version against the registry, apply the promotion gate, and only then
 * write, level by level so references exist before the schemas that use them. Within a level up to
 * {@code parallelism} subjects are handled at once.
 */
public final class Deployer {

  /** Reports how far a long deploy has got. */
  public interface Progress {
    Progress NONE = (phase, done, total) -> {};

    void update(String phase, int done, int total);
  }

  /** The environment a gated one promotes from, and its registry. */
  public record Gate(String environment, RegistryClient registry) {}

  private final String environment;
  private final RegistryClient target;
  private final Gate gate;
  private final int parallelism;
  private final Progress progress;

  public Deployer(
      String environment, RegistryClient target, Gate gate, int parallelism, Progress progress) {
    if (parallelism < 1) {
      throw CatalogException.input("--parallelism must be at least 1, not " + parallelism);
    }
    this.environment = environment;
    this.target = target;
    this.gate = gate;
    this.parallelism = parallelism;
    this.progress = progress;
  }

  /** What the registry holds of one subject, found before anything is written. */
  private static final class Inspection {
    final PlannedSubject planned;
    boolean register;
    boolean newSubject;
    boolean pendingReferences;
    Integer version;
    CompatibilityMode current;

    Inspection(PlannedSubject planned) {
      this.planned = planned;
    }

    SubjectChange change() {
      return new SubjectChange(
          planned.subject(),
          planned.schemaPath(),
          planned.events(),
          register,
          newSubject,
          version,
          current,
          planned.compatibility());
    }
  }

  public DeployReport deploy(SubjectPlan plan, boolean dryRun) {
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, daemonThreads());
    try {
      Map<String, Inspection> inspections = new ConcurrentHashMap<>();
      Map<String, Integer> versions = new ConcurrentHashMap<>();
      List<String> refusals = Collections.synchronizedList(new ArrayList<>());
      try {
        inspect(plan, pool, inspections, versions, refusals);
        if (refusals.isEmpty()) {
          refusals.addAll(promotionGate(plan, pool, inspections));
        }
      } catch (CatalogException e) {
        throw new DeployException(e, report(plan, inspections, dryRun, refusals, List.of()));
      }
      List<String> written = Collections.synchronizedList(new ArrayList<>());
      List<String> inDoubt = Collections.synchronizedList(new ArrayList<>());
      if (!dryRun && refusals.isEmpty()) {
        try {
          apply(plan, pool, inspections, versions, refusals, written, inDoubt);
        } catch (CatalogException e) {
          List<String> sent = new ArrayList<>(inDoubt);
          Collections.sort(sent);
          throw new DeployException(
              e, report(plan, inspections, false, refusals, written), List.copyOf(sent));
        }
      }
      return report(plan, inspections, dryRun, refusals, written);
    } finally {
      pool.shutdownNow();
    }
  }

  private DeployReport report(
      SubjectPlan plan,
      Map<String, Inspection> inspections,
      boolean dryRun,
      List<String> refusals,
      List<String> written) {
    List<SubjectChange> changes = new ArrayList<>();
    for (PlannedSubject s : plan.subjects()) {
      Inspection inspection = inspections.get(s.subject());
      if (inspection != null) {
        changes.add(inspection.change());
      }
    }
    List<String> sortedRefusals = new ArrayList<>(refusals);
    Collections.sort(sortedRefusals);
    return new DeployReport(
        environment, target.describe(), dryRun, changes, sortedRefusals, List.copyOf(written));
  }

  private void inspect(
      SubjectPlan plan,
      ExecutorService pool,
      Map<String, Inspection> inspections,
      Map<String, Integer> versions,
      List<String> refusals) {
    AtomicInteger done = new AtomicInteger();
    int total = plan.subjects().size();
    for (List<PlannedSubject> level : plan.levels()) {
      runAll(
          pool,
          level,
          s -> {
            Inspection in = new Inspection(s);
            Optional<SchemaContent> content = content(s, versions);
            if (content.isEmpty()) {
              // an import gets a new version, so this subject does too, once that exists
              in.register = true;
              in.pendingReferences = true;
              in.newSubject = target.latest(s.subject()).isEmpty();
            } else {
              RegistryClient.Lookup lookup = target.lookup(s.subject(), content.get());
              switch (lookup.status()) {
                case FOUND -> {
                  in.version = lookup.schema().version();
                  versions.put(s.subject(), in.version);
                }
                case NEW_VERSION -> in.register = true;
                case NEW_SUBJECT -> {
                  in.register = true;
                  in.newSubject = true;
                }
              }
            }
            if (!in.newSubject) {
              in.current = target.compatibility(s.subject()).orElse(null);
            }
            if (in.register && !in.newSubject && !in.pendingReferences) {
              check(s, content.get()).ifPresent(refusals::add);
            }
            inspections.put(s.subject(), in);
            progress.update("inspect", done.incrementAndGet(), total);
          });
    }
  }

  private Optional<String> check(PlannedSubject s, SchemaContent content) {
    CompatibilityCheck check;
    try {
      check = target.checkCompatibility(s.subject(), content);
    } catch (RegistryException e) {
      // Apicurio 3.3 cannot parse a schema with references on its compatibility endpoint, yet
      // registers it and enforces the level then: registering is the check there (see write)
      if (e.status() == 422 && !content.references().isEmpty()) {
        return Optional.empty();
      }
      throw e;
    }
    if (check.compatible()) {
      return Optional.empty();
    }
    return Optional.of(incompatible(s, check.reasons()));
  }

  private String incompatible(PlannedSubject s, List<String> reasons) {
    String because = reasons.isEmpty() ? "" : ": " + String.join("; ", reasons);
    return ("subject \""
        + s.subject()
        + "\" ("
        + describe(s)
        + ") is incompatible with its history in "
        + environment
        + because);
  }

  private static String describe(PlannedSubject s) {
    String events = s.isReference() ? "referenced file" : "event " + String.join(", ", s.events());
    return events + ", " + s.location().path();
  }

  /**
   * The gate of an environment that promotes from another: every schema this deploy would register
   * must already be held by the environment it promotes from.
   */
  private List<String> promotionGate(
      SubjectPlan plan, ExecutorService pool, Map<String, Inspection> inspections) {
    if (gate == null || inspections.values().stream().noneMatch(i -> i.register)) {
      return List.of();
    }
    Set<String> needed = new HashSet<>();
    List<String> todo = new ArrayList<>();
    inspections.values().stream()
        .filter(i -> i.register)
        .forEach(i -> todo.add(i.planned.subject()));
    while (!todo.isEmpty()) {
      String subject = todo.remove(todo.size() - 1);
      if (needed.add(subject)) {
        plan.subject(subject).ifPresent(s -> todo.addAll(s.imports()));
      }
    }
    Map<String, Integer> gateVersions = new ConcurrentHashMap<>();
    Set<String> missing = ConcurrentHashMap.newKeySet();
    for (List<PlannedSubject> level : plan.levels()) {
      List<PlannedSubject> wanted =
          level.stream().filter(s -> needed.contains(s.subject())).toList();
      runAll(
          pool,
          wanted,
          s -> {
            Optional<SchemaContent> content = content(s, gateVersions);
            if (content.isEmpty()) {
              missing.add(s.subject());
              return;
            }
            RegistryClient.Lookup lookup = gate.registry().lookup(s.subject(), content.get());
            if (lookup.status() == RegistryClient.Lookup.Status.FOUND) {
              gateVersions.put(s.subject(), lookup.schema().version());
            } else {
              missing.add(s.subject());
            }
          });
    }
    if (missing.isEmpty()) {
      return List.of();
    }
    List<String> sorted = new ArrayList<>(missing);
    Collections.sort(sorted);
    return List.of(
        environment
            + " promotes from "
            + gate.environment()
            + ", which does not hold "
            + (sorted.size() == 1 ? "this schema" : "these " + sorted.size() + " schemas")
            + " yet: "
            + listed(sorted)
            + ". Deploy to "
            + gate.environment()
            + " first: catalog deploy --env "
            + gate.environment());
  }

  /** Names up to ten subjects, and how many more there are. */
  private static String listed(List<String> subjects) {
    int shown = Math.min(subjects.size(), 10);
    String names = String.join(", ", subjects.subList(0, shown));
    return shown == subjects.size() ? names : names + " and " + (subjects.size() - shown) + " more";
  }

  private void apply(
      SubjectPlan plan,
      ExecutorService pool,
      Map<String, Inspection> inspections,
      Map<String, Integer> versions,
      List<String> refusals,
      List<String> written,
      List<String> inDoubt) {
    Set<String> referenced = new HashSet<>();
    plan.subjects().forEach(s -> referenced.addAll(s.imports()));
    AtomicBoolean stop = new AtomicBoolean();
    List<Inspection> work =
        inspections.values().stream().filter(i -> !i.change().unchanged()).toList();
    int total = work.size();
    AtomicInteger done = new AtomicInteger();
    for (List<PlannedSubject> level : plan.levels()) {
      List<PlannedSubject> changing =
          level.stream().filter(s -> !inspections.get(s.subject()).change().unchanged()).toList();
      List<String> levelWrites = Collections.synchronizedList(new ArrayList<>());
      try {
        runAll(
            pool,
            changing,
            s -> {
              if (stop.get() || !refusals.isEmpty()) {
                return;
              }
              try {
                write(
                    s,
                    inspections.get(s.subject()),
                    versions,
                    referenced,
                    refusals,
                    levelWrites,
                    inDoubt);
              } catch (RuntimeException e) {
                stop.set(true);
                throw e;
              }
              progress.update("apply", done.incrementAndGet(), total);
            });
      } catch (CatalogException e) {
        stop.set(true);
        throw e;
      } finally {
        // parallel writes finish in any order; report them in subject order per level
        List<String> sorted = new ArrayList<>(levelWrites);
        sorted.sort(
            java.util.Comparator.comparing((String w) -> w.split(" ")[2])
                .thenComparing(w -> w.startsWith("+")));
        written.addAll(sorted);
      }
      if (stop.get() || !refusals.isEmpty()) {
        return;
      }
    }
  }

  private void write(
      PlannedSubject s,
      Inspection in,
      Map<String, Integer> versions,
      Set<String> referenced,
      List<String> refusals,
      List<String> written,
      List<String> inDoubt) {
    if (in.change().changesCompatibility()) {
      String line =
          "~ compatibility "
              + s.subject()
              + " "
              + (in.current == null ? "(unset)" : in.current)
              + " -> "
              + s.compatibility();
      unanswered(inDoubt, "? " + line.substring(2))
          .run(() -> target.setCompatibility(s.subject(), s.compatibility()));
      written.add(line);
    }
    if (in.register) {
      SchemaContent content =
          content(s, versions).orElseThrow(() -> new IllegalStateException("unresolved " + s));
      if (in.pendingReferences && !in.newSubject) {
        Optional<String> refusal = check(s, content);
        if (refusal.isPresent()) {
          refusals.add(refusal.get());
          return;
        }
      }
      int id;
      try {
        int[] registered = new int[1];
        unanswered(inDoubt, "? register " + s.subject())
            .run(() -> registered[0] = register(s.subject(), content));
        id = registered[0];
      } catch (RegistryException e) {
        if (e.status() != 409) {
          throw e;
        }
        // the registry refused it under the subject's level: a refusal, not a failure
        refusals.add(incompatible(s, e.reason().isEmpty() ? List.of() : List.of(e.reason())));
        return;
      }
      String line = "+ register " + s.subject() + " (schema id " + id + ")";
      if (referenced.contains(s.subject())) {
        RegistryClient.Lookup lookup = target.lookup(s.subject(), content);
        if (lookup.schema() != null) {
          versions.put(s.subject(), lookup.schema().version());
          line =
              "+ register "
                  + s.subject()
                  + " version "
                  + lookup.schema().version()
                  + " (schema id "
                  + id
                  + ")";
        }
      }
      written.add(line);
    }
  }

  /**
   * Registers a schema. A retry after an attempt that got no answer in time can meet that attempt's
   * own write still in progress, which a registry may refuse with 409 ("already exists"); when the
   * subject then holds exactly this schema, the write is done.
   */
  private int register(String subject, SchemaContent content) {
    try {
      return target.register(subject, content);
    } catch (RegistryException e) {
      if (e.status() != 409) {
        throw e;
      }
      for (int look = 0; look < 3; look++) {
        RegistryClient.Lookup lookup = target.lookup(subject, content);
        if (lookup.status() == RegistryClient.Lookup.Status.FOUND && lookup.schema() != null) {
          return lookup.schema().id();
        }
        try {
          Thread.sleep(250);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      throw e;
    }
  }

  /** A write that may fail without an answer. */
  private interface Write {
    void run(Runnable request);
  }

  /**
   * Runs a write; when it fails without any answer (a reset, a timeout, a registry gone while the
   * request was out), the registry may have carried it out, and {@code line} goes to {@code
   * inDoubt} so the failure report can say so.
   */
  private static Write unanswered(List<String> inDoubt, String line) {
    return request -> {
      try {
        request.run();
      } catch (RegistryException e) {
        if (e.status() == RegistryException.NO_STATUS) {
          inDoubt.add(line);
        }
        throw e;
      }
    };
  }

  /** The schema with its imports pinned to the versions this registry holds; empty if one lacks. */
  private static Optional<SchemaContent> content(PlannedSubject s, Map<String, Integer> versions) {
    List<SchemaReference> refs = new ArrayList<>();
    for (String imported : s.imports()) {
      Integer version = versions.get(imported);
      if (version == null) {
        return Optional.empty();
      }
      refs.add(new SchemaReference(imported, imported, version));
    }
    return Optional.of(new SchemaContent(s.schema(), refs));
  }

  /** Runs {@code task} for every subject, at most {@code parallelism} at once; first error wins. */
  private static void runAll(
      ExecutorService pool, List<PlannedSubject> subjects, Consumer<PlannedSubject> task) {
    List<Future<?>> futures = new ArrayList<>();
    for (PlannedSubject s : subjects) {
      futures.add(pool.submit(() -> task.accept(s)));
    }
    ParallelRequests.awaitAll(futures, "deploy");
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread thread = new Thread(r, "catalog-deploy-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
