package dev.eventcontracts.importing;

import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.ProtoParser;
import com.squareup.wire.schema.internal.parser.TypeElement;
import dev.eventcontracts.CatalogException;
import dev.eventcontracts.load.CatalogLoader;
import dev.eventcontracts.model.CompatibilityMode;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Placeholder;
import dev.eventcontracts.model.SubjectNameStrategy;
import dev.eventcontracts.registry.PlannedSubject;
import dev.eventcontracts.registry.RegisteredSchema;
import dev.eventcontracts.registry.RegistryContents;
import dev.eventcontracts.registry.SchemaReference;
import dev.eventcontracts.registry.SubjectPlan;
import dev.eventcontracts.source.CatalogSource;
import dev.eventcontracts.source.OverlaySource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The catalog {@code catalog import} writes from what a registry holds: every Protobuf schema a
 * topic subject needs, at the path its package implies (an imported file at the path the importing
 * schema names it by, which is the subject deploy registers it under), one event per message on its
 * topics, {@code TODO} where only a person knows the answer. Nothing a subject holds is dropped
 * without saying so: every subject that is not imported is listed with the reason, and the catalog
 * is loaded before anything is written, so a schema the loader cannot read is listed too.
 */
public final class CatalogImport {

  private static final String WELL_KNOWN = "google/protobuf/";
  private static final Pattern SAFE_PATH =
      Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*\\.proto");

  /** What YAML reads as a plain string in a block or a flow mapping alike. */
  private static final Pattern PLAIN =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_./-]*( [A-Za-z0-9_./-]+)*");

  private static final Pattern VERSION = Pattern.compile("v(\\d+)(?:[a-z]+\\d*)?");

  private CatalogImport() {}

  /**
   * What the import starts from.
   *
   * @param catalogYaml the text of a new catalog.yaml to write, or null to import into {@code
   *     base}, whose catalog.yaml stays
   * @param strategy the catalog's subject naming strategy, or null to take the registry's most
   *     common
   * @param defaultCompatibility the catalog's default level, or null to take the registry's global
   *     one
   * @param domains domains the catalog has already
   * @param events events the catalog has already
   * @param managed subjects the catalog plans already (with its key subjects): left as they are
   */
  public record Settings(
      String environment,
      String protoRoot,
      SubjectNameStrategy strategy,
      CompatibilityMode defaultCompatibility,
      Set<String> domains,
      Set<String> events,
      Set<String> managed) {}

  /** A subject left out of the catalog, and why. */
  public record Skipped(String subject, String reason) {
    @Override
    public String toString() {
      return subject + ": " + reason;
    }
  }

  /**
   * The catalog to write: its files (path → text, sorted), the catalog they load as, what was left
   * out, and where a deploy or verify right after would still find a difference.
   *
   * @param otherTypes subject → schema type, for the Avro and JSON Schema subjects
   * @param differences what {@code catalog deploy} would still change, one line each
   */
  public record Draft(
      Map<String, String> files,
      CatalogLoader.Loaded loaded,
      SubjectNameStrategy strategy,
      CompatibilityMode defaultCompatibility,
      int events,
      int schemas,
      Map<String, String> otherTypes,
      List<Skipped> skipped,
      List<String> differences) {}

  /**
   * Drafts the catalog and loads it over {@code base} (null for a new catalog, whose catalog.yaml
   * {@code catalogYaml} renders once the defaults are known); files the loader cannot read are left
   * out with the loader's message, and everything that needs them with them.
   */
  public static Draft draft(
      RegistryContents contents,
      Settings settings,
      CatalogSource base,
      java.util.function.BiFunction<SubjectNameStrategy, CompatibilityMode, String> catalogYaml) {
    Drafting d = new Drafting(contents, settings);
    d.read();
    while (true) {
      Map<String, String> files = d.render();
      if (catalogYaml != null) {
        files.put(CatalogLoader.CATALOG_FILE, catalogYaml.apply(d.strategy, d.defaultMode));
      }
      try {
        CatalogLoader.Loaded loaded =
            CatalogLoader.loadWithoutBaseline(new OverlaySource(base, files));
        d.markUnused();
        return new Draft(
            files,
            loaded,
            d.strategy,
            d.defaultMode,
            d.events.size(),
            d.usedFiles().size(),
            d.otherTypes,
            d.skippedSorted(),
            differences(SubjectPlan.of(loaded.catalog()), contents, d.skippedSubjects()));
      } catch (CatalogException e) {
        if (!d.dropUnreadable(e.problems())) {
          throw e;
        }
      }
    }
  }

  /**
   * What a deploy right after the import would still write, and which subjects verify would call
   * unmanaged beyond those listed as not imported.
   */
  static List<String> differences(SubjectPlan plan, RegistryContents contents, Set<String> listed) {
    List<String> out = new ArrayList<>();
    Set<String> planned = new HashSet<>();
    for (PlannedSubject p : plan.subjects()) {
      planned.add(p.subject());
      RegistryContents.Subject held = contents.subject(p.subject()).orElse(null);
      if (held == null) {
        out.add(
            p.subject()
                + ": deploy would register this new subject for "
                + p.schemaPath()
                + " (the registry names the subject of this import otherwise)");
        continue;
      }
      RegisteredSchema latest = held.latest();
      if (!latest.schema().equals(p.schema())) {
        out.add(p.subject() + ": deploy would register a new version");
        continue;
      }
      List<String> expected = new ArrayList<>();
      for (String imported : p.imports()) {
        int version = contents.subject(imported).map(s -> s.latest().version()).orElse(0);
        expected.add(imported + " " + imported + " " + version);
      }
      List<String> actual =
          latest.references().stream()
              .map(r -> r.name() + " " + r.subject() + " " + r.version())
              .toList();
      if (!new TreeSet<>(expected).equals(new TreeSet<>(actual))) {
        out.add(
            p.subject()
                + ": version "
                + latest.version()
                + " references "
                + describe(latest.references())
                + "; deploy would register a new version referencing the latest version of each"
                + " import");
      }
      CompatibilityMode held2 = held.compatibility();
      if (held2 != p.compatibility()) {
        out.add(
            p.subject()
                + ": compatibility "
                + (held2 == null ? "unset" : held2.name())
                + " in the registry; deploy would set "
                + p.compatibility()
                + (p.isReference()
                    ? " (an imported file gets the strictest level of the events that reach it)"
                    : ""));
      }
    }
    for (RegistryContents.Subject s : contents.subjects()) {
      if (!planned.contains(s.name())
          && !plan.keySubjects().contains(s.name())
          && !listed.contains(s.name())) {
        out.add(s.name() + ": not managed by the catalog; verify --strict would report it");
      }
    }
    return out;
  }

  private static String describe(List<SchemaReference> refs) {
    if (refs.isEmpty()) {
      return "nothing";
    }
    return String.join(
        ", ",
        refs.stream()
            .map(r -> r.name() + " (subject " + r.subject() + " version " + r.version() + ")")
            .toList());
  }

  /** A parsed Protobuf subject: its text, package and top-level messages. */
  private record Schema(
      String subject, RegisteredSchema latest, String pkg, List<MessageElement> messages) {

    String qualified(String message) {
      return pkg == null || pkg.isEmpty() ? message : pkg + "." + message;
    }

    MessageElement message(String qualifiedName) {
      for (MessageElement m : messages) {
        if (qualified(m.getName()).equals(qualifiedName)) {
          return m;
        }
      }
      return null;
    }
  }

  /** One event to write: a message on its topics. */
  private static final class Draftee {
    final String message;
    final Schema schema;
    final CompatibilityMode compatibility;
    final Map<String, String> topics = new LinkedHashMap<>(); // topic → key or null
    final List<String> subjects = new ArrayList<>();
    String name;
    String domain;
    int version;

    Draftee(String message, Schema schema, CompatibilityMode compatibility) {
      this.message = message;
      this.schema = schema;
      this.compatibility = compatibility;
    }
  }

  private static final class Drafting {
    final RegistryContents contents;
    final Settings settings;
    final Map<String, String> otherTypes = new TreeMap<>();
    final Map<String, Skipped> skipped = new TreeMap<>();
    final Map<String, Schema> schemas = new TreeMap<>();

    /** Subject → the path its file is written to. */
    final Map<String, String> paths = new TreeMap<>();

    /** Path → the subject whose text it holds. */
    final Map<String, String> owners = new TreeMap<>();

    final Map<String, Draftee> events = new TreeMap<>();
    SubjectNameStrategy strategy;
    CompatibilityMode defaultMode;

    Drafting(RegistryContents contents, Settings settings) {
      this.contents = contents;
      this.settings = settings;
    }

    void read() {
      Map<String, Set<String>> referencedAs = new TreeMap<>();
      for (RegistryContents.Subject s : contents.subjects()) {
        RegisteredSchema latest = s.latest();
        if (!latest.isProtobuf()) {
          otherTypes.put(s.name(), latest.schemaType());
          continue;
        }
        try {
          ProtoFileElement file =
              ProtoParser.Companion.parse(Location.get(s.name()), latest.schema());
          List<MessageElement> messages = new ArrayList<>();
          for (TypeElement type : file.getTypes()) {
            if (type instanceof MessageElement m) {
              messages.add(m);
            }
          }
          schemas.put(s.name(), new Schema(s.name(), latest, file.getPackageName(), messages));
        } catch (RuntimeException e) {
          skip(s.name(), "the schema does not parse: " + oneLine(e.getMessage()));
          continue;
        }
        for (SchemaReference ref : latest.references()) {
          referencedAs.computeIfAbsent(ref.subject(), x -> new TreeSet<>()).add(ref.name());
        }
      }
      placeFiles(referencedAs);
      chooseStrategy();
      chooseDefault();
      draftEvents(referencedAs);
      dropBrokenReferences();
    }

    private void placeFiles(Map<String, Set<String>> referencedAs) {
      for (Schema schema : schemas.values()) {
        Set<String> names = referencedAs.get(schema.subject());
        String path = names != null ? names.iterator().next() : derivedPath(schema);
        if (!SAFE_PATH.matcher(path).matches() || path.contains("..")) {
          skip(schema.subject(), "the file name \"" + path + "\" is not a safe relative path");
          continue;
        }
        if (path.startsWith(WELL_KNOWN)) {
          continue; // the tool brings the well-known types
        }
        String owner = owners.get(path);
        if (owner != null
            && !schemas.get(owner).latest().schema().equals(schema.latest().schema())) {
          skip(
              schema.subject(),
              "its schema would be written to "
                  + path
                  + ", which holds the schema of subject "
                  + owner);
          continue;
        }
        owners.putIfAbsent(path, schema.subject());
        paths.put(schema.subject(), path);
      }
    }

    /**
     * {@code acme.orders.v1} and message {@code OrderPlaced}: acme/orders/v1/order_placed.proto.
     */
    private static String derivedPath(Schema schema) {
      String base =
          schema.messages().isEmpty()
              ? schema.subject().replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(Locale.ROOT)
              : Event.kebab(schema.messages().get(0).getName()).replace('-', '_');
      String dir = schema.pkg() == null ? "" : schema.pkg().replace('.', '/') + "/";
      return dir + base + ".proto";
    }

    /** The strategy a subject's name follows, or null; {@code -key} subjects are keys. */
    private SubjectNameStrategy strategyOf(Schema schema) {
      String name = schema.subject();
      if (name.endsWith("-value")) {
        return SubjectNameStrategy.TOPIC;
      }
      for (MessageElement m : schema.messages()) {
        String fqn = schema.qualified(m.getName());
        if (name.equals(fqn)) {
          return SubjectNameStrategy.RECORD;
        }
        if (name.endsWith("-" + fqn) && name.length() > fqn.length() + 1) {
          return SubjectNameStrategy.TOPIC_RECORD;
        }
      }
      return null;
    }

    private void chooseStrategy() {
      if (settings.strategy() != null) {
        strategy = settings.strategy();
        return;
      }
      Map<SubjectNameStrategy, Integer> counts = new EnumMap<>(SubjectNameStrategy.class);
      for (Schema schema : schemas.values()) {
        SubjectNameStrategy s = strategyOf(schema);
        if (s != null && !schema.subject().endsWith("-key")) {
          counts.merge(s, 1, Integer::sum);
        }
      }
      strategy = SubjectNameStrategy.TOPIC;
      for (SubjectNameStrategy s : SubjectNameStrategy.values()) {
        if (counts.getOrDefault(s, 0) > counts.getOrDefault(strategy, 0)) {
          strategy = s;
        }
      }
    }

    private void chooseDefault() {
      if (settings.defaultCompatibility() != null) {
        defaultMode = settings.defaultCompatibility();
      } else if (contents.globalCompatibility() != null) {
        defaultMode = contents.globalCompatibility();
      } else {
        defaultMode = CompatibilityMode.BACKWARD;
      }
    }

    private void draftEvents(Map<String, Set<String>> referencedAs) {
      Set<String> names = new HashSet<>(settings.events());
      for (Schema schema : schemas.values()) {
        String subject = schema.subject();
        if (!paths.containsKey(subject) || subject.endsWith("-key")) {
          continue;
        }
        if (settings.managed().contains(subject)) {
          continue;
        }
        SubjectNameStrategy s = strategyOf(schema);
        if (s == null) {
          if (!referencedAs.containsKey(subject)) {
            skip(
                subject,
                "the name follows none of the strategies topic (<topic>-value), record"
                    + " (<package.Message>) and topic-record (<topic>-<package.Message>), and no"
                    + " schema imports it");
          }
          continue;
        }
        if (s != strategy) {
          if (!referencedAs.containsKey(subject)) {
            skip(
                subject,
                "named by the "
                    + s.id()
                    + " strategy; the catalog names subjects by "
                    + strategy.id()
                    + " (defaults.subjectNameStrategy)");
          }
          continue;
        }
        String message;
        String topic;
        if (s == SubjectNameStrategy.TOPIC) {
          if (schema.messages().isEmpty()) {
            skip(subject, "the schema declares no message");
            continue;
          }
          message = schema.qualified(schema.messages().get(0).getName());
          topic = subject.substring(0, subject.length() - "-value".length());
        } else if (s == SubjectNameStrategy.RECORD) {
          message = subject;
          topic = Placeholder.TODO;
        } else {
          message = recordOf(schema);
          topic = subject.substring(0, subject.length() - message.length() - 1);
        }
        RegistryContents.Subject held = contents.subject(subject).orElseThrow();
        CompatibilityMode mode =
            held.compatibility() != null
                ? held.compatibility()
                : contents.globalCompatibility() != null
                    ? contents.globalCompatibility()
                    : defaultMode;
        Draftee event = events.get(message);
        if (event == null) {
          event = new Draftee(message, schema, mode);
          String simple = message.substring(message.lastIndexOf('.') + 1);
          event.domain = domainOf(schema.pkg());
          event.version = versionOf(schema.pkg());
          event.name = simple;
          if (!names.add(event.name)) {
            event.name = pascal(event.domain) + simple;
            if (!names.add(event.name)) {
              skip(subject, "the catalog has an event named " + simple + " already");
              continue;
            }
          }
          events.put(message, event);
        } else if (event.compatibility != mode
            || !event.schema.latest().schema().equals(schema.latest().schema())) {
          skip(
              subject,
              "its message "
                  + message
                  + " is also that of subject "
                  + event.subjects.get(0)
                  + ", with another schema or compatibility level");
          continue;
        }
        event.subjects.add(subject);
        event.topics.put(
            topic, s == SubjectNameStrategy.TOPIC ? key(topic, schema, message) : null);
      }
      for (Schema schema : schemas.values()) {
        String subject = schema.subject();
        if (!subject.endsWith("-key")
            || skipped.containsKey(subject)
            || settings.managed().contains(subject)) {
          continue;
        }
        String topic = subject.substring(0, subject.length() - "-key".length());
        boolean mapped = events.values().stream().anyMatch(e -> e.topics.get(topic) != null);
        if (!mapped) {
          skip(
              subject,
              strategy != SubjectNameStrategy.TOPIC
                  ? "a key subject; the catalog maps keys of the topic strategy only"
                  : events.values().stream().anyMatch(e -> e.topics.containsKey(topic))
                      ? "the key message does not map to one field of the value message with"
                          + " the same name and type"
                      : "a key subject of a topic without an imported value subject");
        }
      }
    }

    /** The message a topic-record subject is named after. */
    private static String recordOf(Schema schema) {
      for (MessageElement m : schema.messages()) {
        String fqn = schema.qualified(m.getName());
        if (schema.subject().endsWith("-" + fqn)) {
          return fqn;
        }
      }
      throw new IllegalStateException(schema.subject());
    }

    /**
     * A {@code <topic>-key} subject whose message holds one scalar field that the value message
     * holds too, with the same name and type: that field is the topic's key.
     */
    private String key(String topic, Schema value, String message) {
      Schema key = schemas.get(topic + "-key");
      if (key == null || key.messages().isEmpty()) {
        return null;
      }
      List<FieldElement> fields = key.messages().get(0).getFields();
      if (fields.size() != 1 || !ProtoType.get(fields.get(0).getType()).isScalar()) {
        return null;
      }
      FieldElement field = fields.get(0);
      MessageElement valueMessage = value.message(message);
      if (valueMessage == null) {
        return null;
      }
      for (FieldElement f : valueMessage.getFields()) {
        if (f.getName().equals(field.getName())
            && f.getType().equals(field.getType())
            && f.getLabel() != com.squareup.wire.schema.Field.Label.REPEATED) {
          return f.getName();
        }
      }
      return null;
    }

    /** Leaves out every file whose imports are not written, and the events that need it. */
    private void dropBrokenReferences() {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (String subject : List.copyOf(usedSubjects())) {
          Schema schema = schemas.get(subject);
          for (SchemaReference ref : schema.latest().references()) {
            if (ref.name().startsWith(WELL_KNOWN)) {
              continue;
            }
            String path = paths.get(ref.subject());
            if (path == null || !path.equals(ref.name())) {
              String why =
                  !contents.subject(ref.subject()).isPresent()
                      ? "is not in the registry"
                      : otherTypes.containsKey(ref.subject())
                          ? "is not Protobuf"
                          : skipped.containsKey(ref.subject())
                              ? "is not imported"
                              : "is written to another path";
              dropSubject(
                  subject,
                  "it imports " + ref.name() + ", whose subject " + ref.subject() + " " + why);
              changed = true;
              break;
            }
          }
        }
      }
    }

    /** Subjects whose file is written: those of events and, transitively, their imports. */
    Set<String> usedSubjects() {
      Set<String> used = new TreeSet<>();
      List<String> todo = new ArrayList<>();
      for (Draftee e : events.values()) {
        todo.add(e.schema.subject());
      }
      while (!todo.isEmpty()) {
        String subject = todo.remove(todo.size() - 1);
        if (!paths.containsKey(subject) || !used.add(subject)) {
          continue;
        }
        for (SchemaReference ref : schemas.get(subject).latest().references()) {
          if (!ref.name().startsWith(WELL_KNOWN)) {
            todo.add(ref.subject());
          }
        }
      }
      return used;
    }

    Set<String> usedFiles() {
      Set<String> files = new TreeSet<>();
      for (String subject : usedSubjects()) {
        files.add(paths.get(subject));
      }
      return files;
    }

    /** Leaves a subject out, with its file and every event or file that needs it. */
    private void dropSubject(String subject, String reason) {
      String path = paths.remove(subject);
      skip(subject, reason);
      if (path != null) {
        owners.remove(path);
        for (Map.Entry<String, String> other : new TreeMap<>(paths).entrySet()) {
          if (other.getValue().equals(path)) {
            paths.remove(other.getKey());
            skip(other.getKey(), reason);
          }
        }
      }
      for (Draftee e : List.copyOf(events.values())) {
        if (!paths.containsKey(e.schema.subject())) {
          events.remove(e.message);
          for (String s : e.subjects) {
            skip(s, reason);
          }
        }
      }
    }

    /**
     * Drops the schema files the loader's problems name; false when a problem names no schema file
     * (then the import itself is wrong, and the problem is the user's to see).
     */
    boolean dropUnreadable(List<String> problems) {
      boolean dropped = false;
      String prefix = settings.protoRoot().isEmpty() ? "" : settings.protoRoot() + "/";
      for (String problem : problems) {
        for (Map.Entry<String, String> entry : new TreeMap<>(paths).entrySet()) {
          String file = prefix + entry.getValue();
          if (problem.startsWith(file + ":") && paths.containsKey(entry.getKey())) {
            dropSubject(entry.getKey(), "the catalog's loader cannot read it: " + problem);
            dropped = true;
          }
        }
      }
      if (dropped) {
        dropBrokenReferences();
      }
      return dropped;
    }

    /** Files that no imported schema needs: listed, so that no subject goes unmentioned. */
    void markUnused() {
      Set<String> used = usedSubjects();
      for (String subject : schemas.keySet()) {
        boolean mappedKey =
            subject.endsWith("-key")
                && events.values().stream()
                    .anyMatch(
                        e -> e.topics.get(subject.substring(0, subject.length() - 4)) != null);
        if (!used.contains(subject) && !mappedKey && !settings.managed().contains(subject)) {
          skip(subject, "only schemas that are not imported import it");
        }
      }
    }

    private void skip(String subject, String reason) {
      skipped.putIfAbsent(subject, new Skipped(subject, reason));
    }

    List<Skipped> skippedSorted() {
      return List.copyOf(skipped.values());
    }

    Set<String> skippedSubjects() {
      Set<String> listed = new HashSet<>(skipped.keySet());
      listed.addAll(settings.managed());
      listed.addAll(otherTypes.keySet());
      return listed;
    }

    /** The files to write: every schema events need, their events and their new domains. */
    Map<String, String> render() {
      Map<String, String> files = new TreeMap<>();
      String prefix = settings.protoRoot().isEmpty() ? "" : settings.protoRoot() + "/";
      for (String subject : usedSubjects()) {
        files.put(prefix + paths.get(subject), schemas.get(subject).latest().schema());
      }
      Map<String, String> domains = new TreeMap<>();
      for (Draftee e : events.values()) {
        String file = "domains/" + e.domain + "/events/" + Event.kebab(e.name) + ".yaml";
        files.put(file, eventYaml(e));
        if (!settings.domains().contains(e.domain)) {
          domains.putIfAbsent(e.domain, e.schema.pkg());
        }
      }
      for (Map.Entry<String, String> d : domains.entrySet()) {
        files.put("domains/" + d.getKey() + "/domain.yaml", domainYaml(d.getKey()));
      }
      return files;
    }

    private String eventYaml(Draftee e) {
      StringBuilder out = new StringBuilder();
      out.append("name: ").append(e.name).append('\n');
      out.append("version: ").append(e.version).append('\n');
      out.append("summary: ")
          .append(
              scalar(
                  "Registered in "
                      + settings.environment()
                      + " as "
                      + String.join(", ", e.subjects)
                      + "."))
          .append('\n');
      out.append("owner: TODO                     # the team that answers for this event\n");
      out.append("status: active\n");
      out.append("schema: { message: ").append(e.message).append(" }\n");
      if (e.compatibility != defaultMode) {
        out.append("compatibility: ").append(e.compatibility.name()).append('\n');
      }
      out.append("topics:\n");
      for (Map.Entry<String, String> t : e.topics.entrySet()) {
        out.append("  - { name: ").append(scalar(t.getKey()));
        if (t.getValue() != null) {
          out.append(", key: ").append(t.getValue());
        }
        out.append(" }\n");
      }
      out.append("producers: [TODO]               # the services that publish it\n");
      out.append("consumers: [TODO]               # the services that read it\n");
      return out.toString();
    }

    private String domainYaml(String domain) {
      return "name: "
          + pascal(domain)
          + "\nsummary: "
          + scalar("Events imported from the registry of " + settings.environment() + ".")
          + "\nowner: TODO                     # the team that answers for this domain\n";
    }
  }

  /** {@code acme.orders.v1} → {@code orders}: the last part of the package that is no version. */
  static String domainOf(String pkg) {
    List<String> parts = new ArrayList<>();
    if (pkg != null) {
      for (String part : pkg.split("\\.")) {
        if (!part.isEmpty() && !VERSION.matcher(part).matches()) {
          parts.add(part);
        }
      }
    }
    if (parts.isEmpty()) {
      return "events";
    }
    String last = parts.get(parts.size() - 1).toLowerCase(Locale.ROOT);
    String kebab = last.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return kebab.isEmpty() || !Character.isLetter(kebab.charAt(0)) ? "events" : kebab;
  }

  /** {@code acme.orders.v2} → 2; 1 when the package carries no version. */
  static int versionOf(String pkg) {
    if (pkg != null) {
      String[] parts = pkg.split("\\.");
      var m = VERSION.matcher(parts[parts.length - 1]);
      if (m.matches()) {
        return Integer.parseInt(m.group(1));
      }
    }
    return 1;
  }

  private static String pascal(String kebab) {
    StringBuilder out = new StringBuilder();
    for (String part : kebab.split("-")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }

  /** A YAML scalar: plain when safe, else double-quoted. */
  static String scalar(String value) {
    if (PLAIN.matcher(value).matches()) {
      return value;
    }
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\n\\s*", " ").trim();
  }
}
