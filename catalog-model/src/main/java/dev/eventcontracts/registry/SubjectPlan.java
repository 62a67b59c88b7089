package dev.eventcontracts.registry;

import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.ProtoFile;
import dev.eventcontracts.CatalogException;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.CompatibilityMode;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.ProtoSchema;
import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.model.SubjectNameStrategy;
import dev.eventcontracts.model.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every subject a catalog puts in a registry, in dependency order: for each event and topic the
 * subject its naming strategy gives, holding the raw text of the .proto file that declares the
 * event's message; and for every file those import (well-known {@code google/protobuf/*} types
 * aside) a subject named by the file's path, so the registry can resolve the imports as references.
 *
 * @param keySubjects the {@code <topic>-key} subjects of topics the catalog gives a key (under the
 *     {@code topic} strategy): accounted for by the catalog, though it does not write them
 */
public record SubjectPlan(List<PlannedSubject> subjects, List<String> keySubjects) {

  private static final String WELL_KNOWN = "google/protobuf/";

  public SubjectPlan {
    subjects = List.copyOf(subjects);
    keySubjects = List.copyOf(keySubjects);
  }

  public SubjectPlan(List<PlannedSubject> subjects) {
    this(subjects, List.of());
  }

  /** Every subject the catalog accounts for: those it registers and the keys of its topics. */
  public Set<String> managed() {
    Set<String> managed = new HashSet<>(keySubjects);
    subjects.forEach(s -> managed.add(s.subject()));
    return managed;
  }

  public Optional<PlannedSubject> subject(String name) {
    return subjects.stream().filter(s -> s.subject().equals(name)).findFirst();
  }

  /** The subjects grouped by level, lowest first; each group sorted by subject. */
  public List<List<PlannedSubject>> levels() {
    TreeMap<Integer, List<PlannedSubject>> byLevel = new TreeMap<>();
    for (PlannedSubject s : subjects) {
      byLevel.computeIfAbsent(s.level(), l -> new ArrayList<>()).add(s);
    }
    return List.copyOf(byLevel.values());
  }

  public static SubjectPlan of(Catalog catalog) {
    ProtoSchema protos = catalog.protos();
    if (protos == null) {
      return new SubjectPlan(List.of());
    }
    Planner planner = new Planner(catalog, protos);
    Set<String> keySubjects = new java.util.TreeSet<>();
    for (Event event : catalog.events()) {
      planner.addEvent(event);
      if (catalog.settings().subjectNameStrategy() == SubjectNameStrategy.TOPIC) {
        for (Topic topic : event.topics()) {
          if (topic.key() != null && topic.name() != null) {
            keySubjects.add(topic.name() + "-key");
          }
        }
      }
    }
    return new SubjectPlan(planner.subjects(), List.copyOf(keySubjects));
  }

  private static final class Planner {
    private final Catalog catalog;
    private final ProtoSchema protos;
    private final Map<String, PlannedSubject> bySubject = new TreeMap<>();
    private final Map<String, Integer> levels = new HashMap<>();
    private final Map<String, List<CompatibilityMode>> referenceModes = new HashMap<>();

    Planner(Catalog catalog, ProtoSchema protos) {
      this.catalog = catalog;
      this.protos = protos;
    }

    void addEvent(Event event) {
      if (event.schemaMessage() == null || event.topics().isEmpty()) {
        return;
      }
      MessageType message = protos.message(event.schemaMessage());
      if (message == null) {
        throw CatalogException.input(
            event.positions().of("schema.message")
                + ": message "
                + event.schemaMessage()
                + " of event "
                + event.name()
                + " is not under the proto root");
      }
      String file = message.getLocation().getPath();
      for (String imported : closure(file)) {
        referenceModes.computeIfAbsent(imported, f -> new ArrayList<>()).add(event.compatibility());
      }
      for (int i = 0; i < event.topics().size(); i++) {
        Topic topic = event.topics().get(i);
        String subject =
            catalog.settings().subjectNameStrategy().subject(topic.name(), event.schemaMessage());
        SourceLocation where = event.positions().of("topics[" + i + "].name");
        String prefix = catalog.settings().subjectPrefix();
        if (!subject.startsWith(prefix)) {
          throw CatalogException.input(
              where
                  + ": subject \""
                  + subject
                  + "\" of event "
                  + event.name()
                  + " is outside the part of the registry this catalog manages: subjects.prefix"
                  + " of catalog.yaml is \""
                  + prefix
                  + "\"; name the topic so that its subject starts with it");
        }
        PlannedSubject planned =
            new PlannedSubject(
                subject,
                file,
                protos.catalogPath(file),
                text(file),
                imports(file),
                event.compatibility(),
                List.of(event.name()),
                where,
                level(file));
        PlannedSubject earlier = bySubject.get(subject);
        if (earlier == null) {
          bySubject.put(subject, planned);
        } else if (!earlier.file().equals(file)
            || earlier.compatibility() != event.compatibility()) {
          throw CatalogException.input(
              where
                  + ": subject \""
                  + subject
                  + "\" of event "
                  + event.name()
                  + " is also the subject of event "
                  + String.join(", ", earlier.events())
                  + " with another schema or compatibility; give them different topics or use"
                  + " subjectNameStrategy: topic-record");
        } else if (!earlier.events().contains(event.name())) {
          List<String> events = new ArrayList<>(earlier.events());
          events.add(event.name());
          bySubject.put(
              subject,
              new PlannedSubject(
                  subject,
                  file,
                  earlier.schemaPath(),
                  earlier.schema(),
                  earlier.imports(),
                  earlier.compatibility(),
                  events,
                  earlier.location(),
                  earlier.level()));
        }
      }
    }

    List<PlannedSubject> subjects() {
      CompatibilityMode fallback = catalog.settings().defaultCompatibility();
      List<PlannedSubject> all = new ArrayList<>(bySubject.values());
      for (Map.Entry<String, List<CompatibilityMode>> entry :
          new TreeMap<>(referenceModes).entrySet()) {
        String file = entry.getKey();
        if (bySubject.containsKey(file)) {
          continue;
        }
        all.add(
            new PlannedSubject(
                file,
                file,
                protos.catalogPath(file),
                text(file),
                imports(file),
                strictest(entry.getValue(), fallback),
                List.of(),
                SourceLocation.of(protos.catalogPath(file)),
                level(file)));
      }
      all.sort(
          Comparator.comparingInt(PlannedSubject::level).thenComparing(PlannedSubject::subject));
      return all;
    }

    /** A reference must be at least as strict as every event that reaches it. */
    private static CompatibilityMode strictest(
        List<CompatibilityMode> modes, CompatibilityMode fallback) {
      if (modes.isEmpty()) {
        return fallback;
      }
      boolean backward = false;
      boolean forward = false;
      boolean transitive = false;
      for (CompatibilityMode mode : modes) {
        backward |= mode.backward();
        forward |= mode.forward();
        transitive |= mode.transitive();
      }
      for (CompatibilityMode mode : CompatibilityMode.values()) {
        if (mode.backward() == backward
            && mode.forward() == forward
            && (mode.transitive() == transitive || mode == CompatibilityMode.NONE)) {
          return mode;
        }
      }
      return fallback;
    }

    /** The catalog files {@code file} imports, directly, in the order written. */
    private List<String> imports(String file) {
      ProtoFile proto = protos.file(file);
      Set<String> imports = new LinkedHashSet<>();
      if (proto != null) {
        imports.addAll(proto.getImports());
        imports.addAll(proto.getPublicImports());
      }
      imports.removeIf(i -> i.startsWith(WELL_KNOWN));
      return List.copyOf(imports);
    }

    /** Every catalog file {@code file} imports, directly or not. */
    private Set<String> closure(String file) {
      Set<String> seen = new LinkedHashSet<>();
      List<String> todo = new ArrayList<>(imports(file));
      while (!todo.isEmpty()) {
        String next = todo.remove(todo.size() - 1);
        if (seen.add(next)) {
          todo.addAll(imports(next));
        }
      }
      return seen;
    }

    private int level(String file) {
      Integer known = levels.get(file);
      if (known != null) {
        return known;
      }
      levels.put(file, 0); // the loader refuses file import cycles; this only guards recursion
      int level = 0;
      for (String imported : imports(file)) {
        level = Math.max(level, level(imported) + 1);
      }
      levels.put(file, level);
      return level;
    }

    /** The text the loader kept; absent only for a well-known file the catalog does not hold. */
    private String text(String file) {
      String path = protos.catalogPath(file);
      String text = protos.text(path);
      if (text == null) {
        // an event naming a well-known message the catalog holds no copy of; worded as always
        throw CatalogException.input(path + ": cannot read (" + path + ")");
      }
      return text;
    }
  }
}
