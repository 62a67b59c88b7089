package dev.eventcontracts.load;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.Parallel;
import dev.eventcontracts.model.ApprovedBreak;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.CatalogSettings;
import dev.eventcontracts.model.Classification;
import dev.eventcontracts.model.CompatibilityMode;
import dev.eventcontracts.model.Deprecation;
import dev.eventcontracts.model.Domain;
import dev.eventcontracts.model.Encoding;
import dev.eventcontracts.model.Environment;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Example;
import dev.eventcontracts.model.ExamplePayload;
import dev.eventcontracts.model.HeaderSpec;
import dev.eventcontracts.model.LintBaseline;
import dev.eventcontracts.model.Positions;
import dev.eventcontracts.model.ProtoSchema;
import dev.eventcontracts.model.RegistrySettings;
import dev.eventcontracts.model.Repository;
import dev.eventcontracts.model.Service;
import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.model.StandardAttribute;
import dev.eventcontracts.model.Status;
import dev.eventcontracts.model.SubjectNameStrategy;
import dev.eventcontracts.model.SuppressionConfig;
import dev.eventcontracts.model.Team;
import dev.eventcontracts.model.Tenancy;
import dev.eventcontracts.model.Topic;
import dev.eventcontracts.source.CatalogSource;
import dev.eventcontracts.source.DirectorySource;
import dev.eventcontracts.source.FileTooLargeException;
import dev.eventcontracts.source.PathEscapeException;
import dev.eventcontracts.source.SafePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a catalog from a {@link CatalogSource}: catalog.yaml, domains, events, services, the
 * example payloads events name and the protos under {@code protoRoot}. Everything a later step
 * needs from a file is read here, so the {@link Catalog} holds no source. Files that cannot be read
 * at all (malformed YAML or proto, not UTF-8, binary, too large) are input errors, all reported
 * together as one {@link CatalogException}; everything else a file says wrong (unknown keys, wrong
 * types) is a finding.
 */
public final class CatalogLoader {

  public static final String CATALOG_FILE = "catalog.yaml";
  private static final Pattern DOMAIN_FILE = Pattern.compile("domains/([^/]+)/domain\\.yaml");
  private static final Pattern EVENT_FILE =
      Pattern.compile("domains/([^/]+)/events/([^/]+)\\.yaml");
  private static final Pattern SERVICE_FILE = Pattern.compile("services/([^/]+)\\.yaml");
  private static final Pattern NESTED_EVENT_FILE =
      Pattern.compile("domains/([^/]+)/events/[^/]+/.*\\.yaml");
  private static final Pattern YML_FILE =
      Pattern.compile(
          "catalog\\.yml|domains/[^/]+/domain\\.yml|domains/[^/]+/events/[^/]+\\.yml|services/[^/]+\\.yml");

  /** A loaded catalog and the mistakes it could read past, for the load rules. */
  public record Loaded(Catalog catalog, List<LoadIssue> issues) {}

  private final CatalogSource source;
  private List<String> files = List.of();
  private final List<LoadIssue> findings = Collections.synchronizedList(new ArrayList<>());
  private final List<Problem> inputErrors = Collections.synchronizedList(new ArrayList<>());

  /** By catalog-relative path, so that events sharing an example share its text. */
  private final Map<String, ExamplePayload> examplePayloads = new ConcurrentHashMap<>();

  /** A file that could not be read, with its position. */
  record Problem(SourceLocation location, String message) {
    @Override
    public String toString() {
      return location + ": " + message;
    }
  }

  /** Whether the file {@code lint.baseline} names is read; {@code catalog baseline} rewrites it. */
  private final boolean withBaseline;

  /** Told of the catalog without its protos while they link; null for no one. */
  private final Consumer<Catalog> beforeProtos;

  private CatalogLoader(
      CatalogSource source, boolean withBaseline, Consumer<Catalog> beforeProtos) {
    this.source = source;
    this.withBaseline = withBaseline;
    this.beforeProtos = beforeProtos;
  }

  /** Loads everything, or throws a {@link CatalogException} (exit 2) listing every bad file. */
  public static Loaded load(CatalogSource source) {
    return new CatalogLoader(source, true, null).run();
  }

  /**
   * As {@link #load(CatalogSource)}, handing {@code beforeProtos} the catalog without its protos
   * (domains, events, services) as soon as its YAML files have read cleanly, while the protos are
   * still linking: work that needs only those can start on a core the linker leaves idle. It is not
   * called when a YAML file is bad, and must return at once.
   */
  public static Loaded load(CatalogSource source, Consumer<Catalog> beforeProtos) {
    return new CatalogLoader(source, true, beforeProtos).run();
  }

  /**
   * Loads everything but the entries of the lint baseline (its file may be missing or stale): the
   * catalog {@code catalog baseline} writes a new baseline for.
   */
  public static Loaded loadWithoutBaseline(CatalogSource source) {
    return new CatalogLoader(source, false, null).run();
  }

  private Loaded run() {
    try {
      files = source.files();
    } catch (IOException e) {
      throw CatalogException.input(source.describe() + ": cannot list files (" + e + ")");
    }
    if (!files.contains(CATALOG_FILE)) {
      checkLayout(CatalogSettings.DEFAULT_PROTO_ROOT);
      if (inputErrors.stream().anyMatch(p -> p.location().path().equals(CATALOG_FILE))) {
        failOnInputErrors();
      }
      throw CatalogException.input(
          source.describe() + ": no " + CATALOG_FILE + " here; is this an event catalog?");
    }
    YamlNode settingsNode = readYaml(CATALOG_FILE);
    failOnInputErrors();
    CatalogSettings settings = readSettings(settingsNode);
    checkLayout(settings.protoRoot());

    // The protos need only protoRoot: they load on a thread of their own while the YAML files
    // parse, so that the steps of either that use one core leave the other to the rest.
    Future<ProtoSchema> protoLoad =
        Parallel.start(
            "catalog-protos",
            () -> new ProtoLoader(source, settings.protoRoot(), files, this::inputError).load());

    List<String> domainFiles = new ArrayList<>();
    List<String> eventFiles = new ArrayList<>();
    List<String> serviceFiles = new ArrayList<>();
    for (String file : files) {
      if (DOMAIN_FILE.matcher(file).matches()) {
        domainFiles.add(file);
      } else if (EVENT_FILE.matcher(file).matches()) {
        eventFiles.add(file);
      } else if (SERVICE_FILE.matcher(file).matches()) {
        serviceFiles.add(file);
      }
    }
    List<Domain> domains =
        present(
            Parallel.map(
                domainFiles,
                file -> {
                  YamlNode node = readYaml(file);
                  if (node == null) {
                    return null;
                  }
                  Matcher domain = DOMAIN_FILE.matcher(file);
                  domain.matches();
                  return readDomain(domain.group(1), file, node);
                }));
    List<Service> services =
        present(
            Parallel.map(
                serviceFiles,
                file -> {
                  YamlNode node = readYaml(file);
                  return node == null ? null : readService(file, node);
                }));
    List<Event> events =
        present(
            Parallel.map(
                eventFiles,
                file -> {
                  YamlNode node = readYaml(file);
                  return node == null ? null : readEvent(file, node, settings);
                }));

    if (beforeProtos != null && inputErrors.isEmpty()) {
      beforeProtos.accept(new Catalog(settings, domains, events, services, null, files));
    }
    ProtoSchema protos = Parallel.await(protoLoad);
    failOnInputErrors();
    Repository repository =
        source instanceof DirectorySource directory
            ? RepositoryReader.read(directory.root())
            : Repository.NONE;
    Catalog catalog = new Catalog(settings, domains, events, services, protos, files, repository);
    List<LoadIssue> sorted = new ArrayList<>(findings);
    Collections.sort(sorted);
    return new Loaded(catalog, sorted);
  }

  /** The items that are there: a file that could not be read gave null (and an input error). */
  private static <T> List<T> present(List<T> items) {
    return items.stream().filter(java.util.Objects::nonNull).toList();
  }

  void inputError(SourceLocation location, String message) {
    inputErrors.add(new Problem(location, message));
  }

  private void failOnInputErrors() {
    if (!inputErrors.isEmpty()) {
      List<Problem> sorted = new ArrayList<>(inputErrors);
      sorted.sort((a, b) -> a.location().compareTo(b.location()));
      throw new CatalogException(
          CatalogException.INPUT, sorted.stream().map(Problem::toString).toList());
    }
  }

  /** Reads and parses a YAML file; null (with an input error recorded) when it cannot be used. */
  private YamlNode readYaml(String path) {
    String text = readText(path, TextFiles.MAX_YAML_BYTES);
    if (text == null) {
      return null;
    }
    List<YamlReader.Problem> problems = new ArrayList<>();
    YamlNode node = YamlReader.parse(path, text, problems);
    for (YamlReader.Problem problem : problems) {
      if (problem.duplicateKey()) {
        findings.add(
            new LoadIssue(
                LoadIssue.Kind.DUPLICATE_KEY, problem.location(), null, problem.message()));
      } else {
        inputError(problem.location(), problem.message());
      }
    }
    if (node != null && !(node instanceof YamlNode.Mapping)) {
      inputError(node.location(), "expected a mapping of keys to values, found " + node.kind());
      return null;
    }
    return node;
  }

  /** A file's text, or null with an input error recorded. */
  String readText(String path, int limit) {
    try {
      return TextFiles.withoutByteOrderMark(
          TextFiles.decode(path, source.read(path, limit), limit));
    } catch (TextFiles.BadText e) {
      inputError(e.location, e.getMessage());
    } catch (FileTooLargeException e) {
      TextFiles.BadText tooLarge = TextFiles.tooLarge(path, e.size(), limit);
      inputError(tooLarge.location, tooLarge.getMessage());
    } catch (PathEscapeException e) {
      inputError(SourceLocation.of(path), e.getMessage());
    } catch (NoSuchFileException e) {
      inputError(SourceLocation.of(path), "file not found (it was removed while being read)");
    } catch (IOException e) {
      inputError(SourceLocation.of(path), "cannot read file (" + TextFiles.reason(e) + ")");
    }
    return null;
  }

  /**
   * Entries that are not files where a catalog file belongs (an event file that is a directory or a
   * named pipe, a proto that is a broken link), folders under the catalog's folders whose files
   * were not read (a link loop, a folder that cannot be listed), and YAML files the layout does not
   * read (an event in a folder below {@code events/}, a {@code .yml} file): input errors, so that
   * nothing is skipped in silence.
   */
  private void checkLayout(String protoRoot) {
    String protoPrefix = protoRoot.isEmpty() ? "" : protoRoot + "/";
    List<CatalogSource.NotAFile> notFiles;
    try {
      notFiles = source.notFiles();
    } catch (IOException e) {
      throw CatalogException.input(
          source.describe() + ": cannot list files (" + TextFiles.reason(e) + ")");
    }
    for (CatalogSource.NotAFile entry : notFiles) {
      String path = entry.path();
      boolean catalogFile =
          path.equals(CATALOG_FILE)
              || DOMAIN_FILE.matcher(path).matches()
              || EVENT_FILE.matcher(path).matches()
              || SERVICE_FILE.matcher(path).matches()
              || (path.endsWith(".proto") && path.startsWith(protoPrefix));
      boolean catalogFolder =
          path.startsWith("domains/")
              || path.startsWith("services/")
              || path.startsWith(protoPrefix);
      if (catalogFile || (entry.kind() == CatalogSource.NotAFile.Kind.UNREAD && catalogFolder)) {
        inputError(SourceLocation.of(path), entry.what());
      }
    }
    for (String file : files) {
      Matcher nested = NESTED_EVENT_FILE.matcher(file);
      if (nested.matches()) {
        inputError(
            SourceLocation.of(file),
            "not read: event files belong directly in domains/" + nested.group(1) + "/events/");
      } else if (YML_FILE.matcher(file).matches()) {
        inputError(
            SourceLocation.of(file),
            "not read: catalog files end in .yaml; rename it to "
                + file.substring(file.lastIndexOf('/') + 1, file.length() - 4)
                + ".yaml");
      }
    }
  }

  // ---- catalog.yaml -------------------------------------------------------------------------

  private CatalogSettings readSettings(YamlNode node) {
    Map<String, SourceLocation> positions = new HashMap<>();
    MappingReader root = MappingReader.of(node, "", "catalog.yaml", positions, findings, null);
    String name = root.string("catalog", true);
    String protoRoot = root.string("protoRoot", false);
    if (protoRoot == null) {
      protoRoot = CatalogSettings.DEFAULT_PROTO_ROOT;
    } else {
      protoRoot = cleanFolder(protoRoot, positions.get("protoRoot"));
    }

    Map<String, Team> teams = new LinkedHashMap<>();
    MappingReader teamsReader = root.child("teams", "\"teams\"");
    if (teamsReader != null) {
      for (String team : teamsReader.keys()) {
        MappingReader t = teamsReader.child(team, "team \"" + team + "\"");
        if (t == null) {
          teams.put(team, new Team(team, null, null, teamsReader.keyLocation(team)));
          teamsReader.node(team);
          continue;
        }
        teams.put(
            team,
            new Team(team, t.string("github", false), t.string("contact", false), t.location()));
        t.finish();
      }
      teamsReader.finish(teamsReader.keys());
    }

    Encoding encoding = Encoding.PROTOBUF;
    CompatibilityMode compatibility = CompatibilityMode.BACKWARD;
    SubjectNameStrategy strategy = SubjectNameStrategy.TOPIC;
    MappingReader defaults = root.child("defaults", "\"defaults\"");
    if (defaults != null) {
      encoding = orElse(defaults.choice("encoding", Encoding.class, false), encoding);
      compatibility =
          orElse(defaults.choice("compatibility", CompatibilityMode.class, false), compatibility);
      strategy =
          orElse(
              defaults.choice("subjectNameStrategy", SubjectNameStrategy.class, false), strategy);
      defaults.finish();
    }

    String topicPattern = null;
    MappingReader naming = root.child("naming", "\"naming\"");
    if (naming != null) {
      topicPattern = naming.string("topic", false);
      naming.finish();
    }

    List<StandardAttribute> attributes = new ArrayList<>();
    MappingReader attrs = root.child("standardAttributes", "\"standardAttributes\"");
    if (attrs != null) {
      for (String attr : attrs.keys()) {
        MappingReader a = attrs.child(attr, "standard attribute \"" + attr + "\"");
        if (a != null) {
          attributes.add(
              new StandardAttribute(
                  attr, a.string("type", true), a.strings("aliases"), attrs.keyLocation(attr)));
          a.finish();
        }
      }
      attrs.finish(attrs.keys());
    }

    List<HeaderSpec> headers = new ArrayList<>();
    for (MappingReader h : root.mappings("headers", "a header")) {
      headers.add(readHeader(h));
    }

    List<Environment> environments = new ArrayList<>();
    MappingReader envs = root.child("environments", "\"environments\"");
    if (envs != null) {
      for (String env : envs.keys()) {
        MappingReader e = envs.child(env, "environment \"" + env + "\"");
        if (e == null) {
          continue;
        }
        List<RegistrySettings> registries = new ArrayList<>();
        MappingReader r = e.child("registry", "\"registry\"");
        if (r != null) {
          registries.add(readRegistry(r, false));
        }
        List<MappingReader> regions = e.mappings("registries", "a registry");
        if (r != null && !regions.isEmpty()) {
          inputError(
              e.position("registries"),
              "environment \""
                  + env
                  + "\" names both registry and registries; list the registry first under"
                  + " registries, which makes it the primary");
        }
        for (MappingReader region : regions) {
          registries.add(readRegistry(region, true));
        }
        environments.add(
            new Environment(
                env, registries, e.string("promoteFrom", false), envs.keyLocation(env)));
        e.finish();
      }
      envs.finish(envs.keys());
    }

    SuppressionConfig lint = SuppressionConfig.NONE;
    LintBaseline baseline = null;
    MappingReader lintReader = root.child("lint", "\"lint\"");
    if (lintReader != null) {
      lint = readSuppressions(lintReader);
      String baselineFile = lintReader.string("baseline", false);
      if (baselineFile != null) {
        baseline = readBaseline(baselineFile, lintReader.position("baseline"));
      }
      lintReader.finish();
    }
    SuppressionConfig breaking = SuppressionConfig.NONE;
    List<ApprovedBreak> exceptions = new ArrayList<>();
    MappingReader breakingReader = root.child("breaking", "\"breaking\"");
    if (breakingReader != null) {
      breaking = readSuppressions(breakingReader);
      for (MappingReader x : breakingReader.mappings("exceptions", "a breaking exception")) {
        exceptions.add(
            new ApprovedBreak(
                x.string("rule", false),
                x.string("event", false),
                x.string("path", false),
                x.string("reason", false),
                x.string("approvedBy", false),
                x.date("expires"),
                x.location(),
                orElse(x.position("rule"), x.location())));
        x.finish();
      }
      breakingReader.finish();
    }

    String subjectPrefix = "";
    MappingReader subjects = root.child("subjects", "\"subjects\"");
    if (subjects != null) {
      String prefix = subjects.string("prefix", false);
      subjectPrefix = prefix == null ? "" : prefix;
      subjects.finish();
    }

    String architects = null;
    MappingReader reviewers = root.child("reviewers", "\"reviewers\"");
    if (reviewers != null) {
      architects = reviewers.string("architects", false);
      reviewers.finish();
    }
    root.finish();
    return new CatalogSettings(
        name,
        protoRoot,
        teams,
        encoding,
        compatibility,
        strategy,
        topicPattern,
        attributes,
        headers,
        environments,
        lint,
        baseline,
        breaking,
        exceptions,
        subjectPrefix,
        architects,
        new Positions(SourceLocation.of(CATALOG_FILE).atLine(1, 1), positions));
  }

  /**
   * Reads the baseline {@code lint.baseline} names. The file is written by {@code catalog
   * baseline}, not by hand, so anything wrong in it (missing, not YAML, a key it never writes) is
   * an input error rather than a finding: a baseline half read would fail or pass the wrong
   * findings.
   */
  private LintBaseline readBaseline(String file, SourceLocation where) {
    String path;
    try {
      path = SafePaths.check(file.trim());
    } catch (PathEscapeException e) {
      inputError(where, "lint.baseline \"" + file + "\" points outside the catalog");
      return null;
    }
    if (!withBaseline) {
      return new LintBaseline(path, List.of());
    }
    if (!files.contains(path)) {
      inputError(
          where,
          "lint.baseline names \""
              + path
              + "\", which does not exist; write it with catalog baseline");
      return null;
    }
    String text = readText(path, TextFiles.MAX_YAML_BYTES);
    if (text == null) {
      return null;
    }
    List<YamlReader.Problem> problems = new ArrayList<>();
    YamlNode node = YamlReader.parse(path, text, problems);
    problems.forEach(p -> inputError(p.location(), p.message()));
    if (node == null || !problems.isEmpty()) {
      return null;
    }
    List<LoadIssue> issues = new ArrayList<>();
    MappingReader r = MappingReader.of(node, "", "a lint baseline", new HashMap<>(), issues, null);
    List<LintBaseline.Entry> entries = new ArrayList<>();
    if (r != null) {
      for (MappingReader e : r.mappings("findings", "a baseline entry")) {
        entries.add(
            new LintBaseline.Entry(
                e.string("rule", true),
                e.string("path", true),
                e.string("fingerprint", true),
                e.string("message", false),
                e.location()));
        e.finish();
      }
      r.finish();
    }
    for (LoadIssue issue : issues) {
      inputError(issue.location(), issue.message() + " (regenerate it with catalog baseline)");
    }
    return issues.isEmpty() ? new LintBaseline(path, entries) : null;
  }

  private String cleanFolder(String folder, SourceLocation where) {
    String trimmed = folder.trim();
    if (trimmed.isEmpty() || trimmed.equals(".") || trimmed.equals("./")) {
      return "";
    }
    try {
      return SafePaths.check(trimmed);
    } catch (PathEscapeException e) {
      inputError(where, "protoRoot \"" + folder + "\" points outside the catalog");
      return CatalogSettings.DEFAULT_PROTO_ROOT;
    }
  }

  private static HeaderSpec readHeader(MappingReader h) {
    Boolean required = h.bool("required");
    HeaderSpec spec =
        new HeaderSpec(
            h.string("name", true),
            required != null && required,
            h.string("requiredWhen", false),
            h.strings("values"),
            h.location());
    h.finish();
    return spec;
  }

  private static RegistrySettings readRegistry(MappingReader r, boolean region) {
    String name = region ? r.string("name", false) : null;
    String url = r.string("url", true);
    String context = r.string("context", false);
    String usernameEnv = null;
    String passwordEnv = null;
    MappingReader basic = r.child("basicAuth", "\"basicAuth\"");
    if (basic != null) {
      usernameEnv = basic.string("usernameEnv", true);
      passwordEnv = basic.string("passwordEnv", true);
      basic.finish();
    }
    String tokenEnv = null;
    MappingReader bearer = r.child("bearerAuth", "\"bearerAuth\"");
    if (bearer != null) {
      tokenEnv = bearer.string("tokenEnv", true);
      bearer.finish();
    }
    String truststore = null;
    String truststorePasswordEnv = null;
    MappingReader trust = r.child("truststore", "\"truststore\"");
    if (trust != null) {
      truststore = trust.string("path", true);
      truststorePasswordEnv = trust.string("passwordEnv", false);
      trust.finish();
    }
    r.finish();
    return new RegistrySettings(
        name,
        url,
        context,
        usernameEnv,
        passwordEnv,
        tokenEnv,
        truststore,
        truststorePasswordEnv,
        r.location());
  }

  private static SuppressionConfig readSuppressions(MappingReader reader) {
    List<String> except = reader.strings("except");
    Map<String, SourceLocation> locations = new HashMap<>();
    for (int i = 0; i < except.size(); i++) {
      SourceLocation at = reader.position("except[" + i + "]");
      if (at != null) {
        locations.putIfAbsent(except.get(i), at);
      }
    }
    Map<String, List<String>> ignore = new LinkedHashMap<>();
    MappingReader ignoreReader = reader.child("ignore", "\"ignore\"");
    if (ignoreReader != null) {
      for (String rule : ignoreReader.keys()) {
        ignore.put(rule, ignoreReader.strings(rule));
        locations.putIfAbsent(rule, ignoreReader.keyLocation(rule));
      }
      ignoreReader.finish();
    }
    return new SuppressionConfig(except, ignore, locations);
  }

  // ---- domains, services, events ------------------------------------------------------------

  private Domain readDomain(String id, String file, YamlNode node) {
    Map<String, SourceLocation> positions = new HashMap<>();
    MappingReader r = MappingReader.of(node, "", "domain.yaml", positions, findings, null);
    Domain domain =
        new Domain(
            id,
            r.string("name", true),
            r.string("summary", false),
            r.string("owner", true),
            new Positions(SourceLocation.of(file).atLine(1, 1), positions));
    r.finish();
    return domain;
  }

  private Service readService(String file, YamlNode node) {
    Map<String, SourceLocation> positions = new HashMap<>();
    MappingReader r = MappingReader.of(node, "", "a service", positions, findings, null);
    Service service =
        new Service(
            r.string("name", true),
            r.string("owner", true),
            r.string("repository", false),
            r.string("summary", false),
            new Positions(SourceLocation.of(file).atLine(1, 1), positions));
    r.finish();
    return service;
  }

  private Event readEvent(String file, YamlNode node, CatalogSettings settings) {
    Map<String, SourceLocation> positions = new HashMap<>();
    String nameGuess = null;
    if (node instanceof YamlNode.Mapping m
        && m.entries().get("name") != null
        && m.entries().get("name").value() instanceof YamlNode.Scalar s) {
      nameGuess = s.text();
    }
    MappingReader r = MappingReader.of(node, "", "an event", positions, findings, nameGuess);
    String name = r.string("name", true);
    Integer version = r.integer("version", true);
    String summary = r.string("summary", true);
    String owner = r.string("owner", true);
    Status status = r.choice("status", Status.class, false);
    String schemaMessage = null;
    MappingReader schema = r.child("schema", "\"schema\"");
    if (schema != null) {
      schemaMessage = schema.string("message", true);
      schema.finish();
    } else if (!r.keys().contains("schema")) {
      r.string("schema", true);
    }
    Encoding encoding =
        orElse(r.choice("encoding", Encoding.class, false), settings.defaultEncoding());
    CompatibilityMode compatibility =
        orElse(
            r.choice("compatibility", CompatibilityMode.class, false),
            settings.defaultCompatibility());
    List<Topic> topics = new ArrayList<>();
    if (!r.keys().contains("topics")) {
      r.string("topics", true);
    }
    for (MappingReader t : r.mappings("topics", "a topic")) {
      String key = t.string("key", false);
      topics.add(
          new Topic(
              t.string("name", true),
              key,
              t.location(),
              key == null ? t.location() : positions.get(t.path("key"))));
      t.finish();
    }
    List<String> producers = r.strings("producers");
    List<String> consumers = r.strings("consumers");
    Classification classification = r.choice("classification", Classification.class, false);
    Tenancy tenancy = r.choice("tenancy", Tenancy.class, false);
    List<HeaderSpec> headers = new ArrayList<>();
    for (MappingReader h : r.mappings("headers", "a header")) {
      headers.add(readHeader(h));
    }
    List<Example> examples = new ArrayList<>();
    for (MappingReader x : r.mappings("examples", "an example")) {
      String example = x.string("file", true);
      examples.add(
          new Example(
              example, x.location(), example == null ? null : examplePayload(file, example)));
      x.finish();
    }
    Deprecation deprecation = null;
    MappingReader d = r.child("deprecation", "\"deprecation\"");
    if (d != null) {
      deprecation =
          new Deprecation(
              d.string("replacedBy", false), d.date("sunset"), Positions.of(d.location()));
      d.finish();
    }
    r.finish();
    Matcher m = EVENT_FILE.matcher(file);
    String domain = m.matches() ? m.group(1) : null;
    return new Event(
        name,
        version,
        summary,
        owner,
        status == null ? Status.ACTIVE : status,
        schemaMessage,
        encoding,
        compatibility,
        topics,
        producers,
        consumers,
        classification,
        tenancy,
        headers,
        examples,
        deprecation,
        domain,
        file,
        new Positions(SourceLocation.of(file).atLine(1, 1), positions));
  }

  /**
   * What is at an example's file, named relative to the folder of {@code eventFile}. A problem with
   * the file is not a load error: EXAMPLE_VALID reports it at the event's {@code examples} entry.
   */
  private ExamplePayload examplePayload(String eventFile, String example) {
    int slash = eventFile.lastIndexOf('/');
    String path;
    try {
      path = SafePaths.resolve(slash < 0 ? "" : eventFile.substring(0, slash), example);
    } catch (PathEscapeException e) {
      return new ExamplePayload.OutsideCatalog();
    }
    ExamplePayload known = examplePayloads.get(path);
    if (known != null) {
      return known;
    }
    ExamplePayload read = readExample(path);
    ExamplePayload first = examplePayloads.putIfAbsent(path, read);
    return first != null ? first : read;
  }

  private ExamplePayload readExample(String path) {
    try {
      if (!source.exists(path)) {
        return new ExamplePayload.Missing(path);
      }
      byte[] bytes = source.read(path, TextFiles.MAX_EXAMPLE_BYTES);
      // Malformed UTF-8 is replaced, not refused: an example is EXAMPLE_VALID's to judge.
      return new ExamplePayload.Text(path, new String(bytes, StandardCharsets.UTF_8));
    } catch (FileTooLargeException e) {
      return new ExamplePayload.TooLarge(path, e.size());
    } catch (IOException e) {
      return new ExamplePayload.Unreadable(path, TextFiles.reason(e));
    }
  }

  private static <T> T orElse(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
