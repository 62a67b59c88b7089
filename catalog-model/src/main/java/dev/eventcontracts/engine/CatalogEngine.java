package dev.eventcontracts.engine;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.Parallel;
import dev.eventcontracts.approvals.ApprovalStatus;
import dev.eventcontracts.approvals.PullRequestReviews;
import dev.eventcontracts.approvals.TeamMembers;
import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.NewTreeLocation;
import dev.eventcontracts.contracts.ContractConstants;
import dev.eventcontracts.contracts.ContractVersion;
import dev.eventcontracts.contracts.JavaSource;
import dev.eventcontracts.contracts.Protoc;
import dev.eventcontracts.contracts.SemanticVersion;
import dev.eventcontracts.diff.ContractDiff;
import dev.eventcontracts.docs.CatalogJson;
import dev.eventcontracts.docs.DocsOptions;
import dev.eventcontracts.docs.SiteGenerator;
import dev.eventcontracts.importing.CatalogImport;
import dev.eventcontracts.load.CatalogLoader;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.CatalogSettings;
import dev.eventcontracts.model.Encoding;
import dev.eventcontracts.model.Environment;
import dev.eventcontracts.model.LintBaseline;
import dev.eventcontracts.model.ProtoSchema;
import dev.eventcontracts.owners.Codeowners;
import dev.eventcontracts.registry.DeployReport;
import dev.eventcontracts.registry.Deployer;
import dev.eventcontracts.registry.HttpRegistryClient;
import dev.eventcontracts.registry.RegistryClient;
import dev.eventcontracts.registry.RegistryContents;
import dev.eventcontracts.registry.RegistryEndpoint;
import dev.eventcontracts.registry.RegistrySnapshot;
import dev.eventcontracts.registry.SubjectPlan;
import dev.eventcontracts.registry.Variables;
import dev.eventcontracts.report.BaselineYaml;
import dev.eventcontracts.report.Report;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.rule.RuleMeta;
import dev.eventcontracts.rule.RuleRun;
import dev.eventcontracts.rule.RuleRunner;
import dev.eventcontracts.rule.RuleSelection;
import dev.eventcontracts.rule.RulesConfig;
import dev.eventcontracts.rule.VerifyRule;
import dev.eventcontracts.rule.builtin.BuiltInRules;
import dev.eventcontracts.rule.lint.CatalogNoTodo;
import dev.eventcontracts.scaffold.GeneratedFile;
import dev.eventcontracts.scaffold.Scaffold;
import dev.eventcontracts.source.CatalogSource;
import dev.eventcontracts.source.DirectorySource;
import dev.eventcontracts.source.OverlaySource;
import dev.eventcontracts.source.RefResolver;
import dev.eventcontracts.source.Reference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * The one entry point of the engine: each method takes a request record and returns a result
 * record. The CLI and the Maven plugin only translate arguments into requests and print results.
 * Failures a user can act on are {@link CatalogException}s carrying their exit code.
 */
public final class CatalogEngine {

  /** A catalog of one event, which {@link #prepareInBackground} loads and lints. */
  private static final Map<String, String> WARM_UP_CATALOG =
      Map.of(
          "catalog.yaml",
          """
          catalog: warm-up
          protoRoot: schemas
          teams:
            core: { github: "@warm-up/core" }
          defaults: { encoding: protobuf, compatibility: BACKWARD }
          headers:
            - { name: event-type, required: true }
          """,
          "services/core-service.yaml",
          "name: core-service\nowner: core\nsummary: Warm-up.\n",
          "domains/core/domain.yaml",
          "name: Core\nowner: core\nsummary: Warm-up.\n",
          "domains/core/events/started.yaml",
          """
          name: Started
          version: 1
          summary: Warm-up.
          owner: core
          schema: { message: core.v1.Started }
          topics: [ { name: core.started.v1, key: id } ]
          producers: [core-service]
          consumers: [core-service]
          """,
          "schemas/core/v1/started.proto",
          """
          syntax = "proto3";
          package core.v1;
          import "google/protobuf/timestamp.proto";
          // Warm-up.
          message Started {
            // Warm-up.
            string id = 1;
            // Warm-up.
            google.protobuf.Timestamp at = 2;
            // Warm-up.
            repeated Kind kinds = 3;
            // Warm-up.
            enum Kind {
              // Warm-up.
              KIND_UNSPECIFIED = 0;
            }
          }
          """);

  /**
   * Loads and lints a catalog of one event held in memory on a background thread, and drops the
   * result: called first thing, it loads and initialises the classes every load needs (Jackson's
   * YAML, Wire's parser and linker, the rules) while picocli reads the command line, so the real
   * load does not wait for them. Nothing it does is seen: a failure is ignored, and the real load
   * reports its own.
   */
  public static void prepareInBackground() {
    Parallel.start(
        "catalog-warm-up",
        () -> lintReport(CatalogLoader.load(new OverlaySource(null, WARM_UP_CATALOG))));
  }

  /** Loads and lints a catalog directory. */
  public LintResult lint(LintRequest request) {
    CatalogLoader.Loaded loaded = CatalogLoader.load(openDirectory(request.catalogDir()));
    return new LintResult(loaded.catalog(), lintReport(loaded));
  }

  /**
   * The contract diff of a catalog against the one {@code against} names (a directory or a Git
   * revision), with the breaking check's findings attributed to the events they concern. It never
   * fails on what it finds; only a catalog that cannot be read (exit 2) or a Git repository that
   * cannot be (exit 3) stops it. A revision from before the catalog existed compares as an empty
   * catalog, and the diff says so.
   */
  public DiffResult diff(DiffRequest request) {
    Comparison comparison = compare(request.catalogDir(), request.against(), request.today());
    CatalogPair pair = comparison.pair();
    Reference withoutCatalog = comparison.withoutCatalog();
    // The verdict says that REF holds no catalog; the breaking report's note would repeat it.
    return new DiffResult(
        ContractDiff.between(
            pair.before(),
            pair.after(),
            comparison.run().findings(),
            finding -> inNewTree(pair, finding),
            comparison.run().notes(),
            request.against(),
            withoutCatalog == null ? null : withoutCatalog.missingAt()));
  }

  /**
   * The CODEOWNERS file generated from the catalog's owners, producers, consumers and architects,
   * with the one committed in its repository (read by the loader).
   */
  public CodeownersResult codeowners(CodeownersRequest request) {
    Catalog catalog = CatalogLoader.load(openDirectory(request.catalogDir())).catalog();
    String path = catalog.repository().codeownersPath();
    String text = catalog.repository().codeownersText();
    Path other = request.compareWith();
    if (other != null) {
      path = other.toString();
      text = Files.exists(other) ? readInput(other) : null;
    }
    return new CodeownersResult(
        Codeowners.generate(catalog), path, text, Codeowners.command(catalog));
  }

  /**
   * Whether every team the contract diff needs has approved the pull request, from GitHub's reviews
   * and team members. Exit 2 when an input is not what GitHub returns, or lacks a team.
   */
  public ApprovalsResult approvals(ApprovalsRequest request) {
    PullRequestReviews reviews =
        PullRequestReviews.parse(request.reviews().toString(), readInput(request.reviews()));
    TeamMembers members =
        TeamMembers.parse(request.teamMembers().toString(), readInput(request.teamMembers()));
    DiffResult diff =
        diff(new DiffRequest(request.catalogDir(), request.against(), request.today()));
    return new ApprovalsResult(
        ApprovalStatus.check(
            diff.diff(), reviews, members, request.teamMembers().toString(), request.author()));
  }

  private static String readInput(Path file) {
    try {
      return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw CatalogException.input(file + ": no such file");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw CatalogException.input(file + ": cannot read (" + e.getMessage() + ")");
    }
  }

  /**
   * Writes the static site of a catalog: a page per event, domain, service, team, topic and field,
   * the graphs, {@code catalog.json} and {@code llms.txt}; with {@code against}, the contract diff
   * too.
   */
  public DocsResult docs(DocsRequest request) {
    ContractDiff diff = null;
    if (request.against() != null) {
      diff = diff(new DiffRequest(request.catalogDir(), request.against(), request.today())).diff();
    }
    Catalog catalog =
        CatalogLoader.load(
                openDirectory(request.catalogDir()), SiteGenerator::layOutGraphsInBackground)
            .catalog();
    DocsOptions options = new DocsOptions(request.baseUrl(), diff, BuiltInRules.all());
    return new DocsResult(request.out(), SiteGenerator.write(catalog, options, request.out()));
  }

  /**
   * Contracts as code: Java classes from every proto with protoc, the catalog constants beside
   * them, and the descriptor set and {@code catalog.json} for the jar. The catalog must load, and
   * every event's message must be under protoRoot; what protoc rejects is exit 2, one {@code
   * path:line:col: message} per problem. Java sources left in {@code javaOut} by an earlier run are
   * removed first.
   */
  public GenerateResult generate(GenerateRequest request) {
    Path dir = request.catalogDir().toAbsolutePath().normalize();
    Catalog catalog = CatalogLoader.load(openDirectory(dir)).catalog();
    ProtoSchema protos = catalog.protos();
    if (protos == null) {
      throw CatalogException.input(
          dir.resolve(CatalogLoader.CATALOG_FILE) + ": the catalog has no protos to generate from");
    }
    List<JavaSource> constants = ContractConstants.generate(catalog, request.headersClass());
    Path javaOut = request.javaOut().toAbsolutePath().normalize();
    GeneratedJava.clear(javaOut);
    Path meta = request.resourcesOut().resolve("META-INF/catalog");
    Path descriptorSet = meta.resolve("descriptor-set.binpb");
    Protoc.Outcome outcome =
        new Protoc(
                request.protoc(),
                dir,
                protos.protoRoot(),
                protos.catalogFiles(),
                request.workDir(),
                javaOut,
                descriptorSet)
            .run();
    for (JavaSource source : constants) {
      write(javaOut.resolve(source.path()), source.text());
    }
    Path catalogJson = meta.resolve("catalog.json");
    write(catalogJson, CatalogJson.of(catalog));
    return new GenerateResult(
        (int) protos.catalogFiles().stream().filter(f -> !f.startsWith("google/protobuf/")).count(),
        constants.stream().map(JavaSource::path).toList(),
        descriptorSet,
        catalogJson,
        outcome.elapsed(),
        outcome.warnings());
  }

  /**
   * The next semantic version of the contracts after {@code against}: major when the breaking check
   * finds a break or an approved exception lets one through, minor when an event, field, enum value
   * or topic was added, patch otherwise.
   */
  public VersionResult version(VersionRequest request) {
    SemanticVersion current =
        request.current() != null
            ? SemanticVersion.parse(request.current(), "--current")
            : SemanticVersion.namedBy(request.against())
                .orElseThrow(
                    () ->
                        CatalogException.input(
                            "--against "
                                + request.against()
                                + " names no version; give the version it holds with --current"
                                + " X.Y.Z"));
    Comparison comparison = compare(request.catalogDir(), request.against(), request.today());
    CatalogPair pair = comparison.pair();
    BreakingResult breaking = comparison.result();
    ContractDiff diff =
        ContractDiff.between(
            pair.before(),
            pair.after(),
            comparison.run().findings(),
            finding -> inNewTree(pair, finding),
            comparison.run().notes(),
            request.against(),
            null);
    return new VersionResult(
        ContractVersion.next(
            current,
            breaking.report().findings(),
            breaking.applied().stream().map(RuleRun.Applied::finding).toList(),
            diff));
  }

  /** The metadata of every built-in rule and the category table; no catalog is read. */
  public RulesResult rules(RulesRequest request) {
    return new RulesResult(BuiltInRules.all(), List.of(Category.values()));
  }

  static Report lintReport(CatalogLoader.Loaded loaded) {
    RuleRun run = lintRun(loaded, rulesConfig(loaded.catalog()).lint());
    List<RuleMeta> metas = new ArrayList<>();
    BuiltInRules.loadRules().forEach(r -> metas.add(r.meta()));
    BuiltInRules.lintRules().forEach(r -> metas.add(r.meta()));
    return new Report("lint", metas, run.findings(), run.notes());
  }

  private static RuleRun lintRun(CatalogLoader.Loaded loaded, RuleSelection lint) {
    List<Finding> findings = new ArrayList<>();
    findings.addAll(RuleRunner.run(BuiltInRules.loadRules(), loaded, lint));
    findings.addAll(RuleRunner.run(BuiltInRules.lintRules(), loaded.catalog(), lint));
    return lint.conclude(findings);
  }

  /**
   * Writes today's lint findings (every one, whatever an old baseline accepted) to a baseline file
   * and, when catalog.yaml names none yet, adds {@code lint.baseline} to it, so that {@code catalog
   * lint} passes right after and fails on any new finding.
   */
  public BaselineResult baseline(BaselineRequest request) {
    Path dir = request.catalogDir().toAbsolutePath().normalize();
    CatalogLoader.Loaded loaded = CatalogLoader.loadWithoutBaseline(openDirectory(dir));
    Catalog catalog = loaded.catalog();
    List<Finding> findings = lintRun(loaded, rulesConfig(catalog).lintWithoutBaseline()).findings();
    LintBaseline configured = catalog.settings().lintBaseline();
    Path file =
        request.output() != null
            ? request.output().toAbsolutePath().normalize()
            : dir.resolve(configured != null ? configured.file() : LintBaseline.DEFAULT_FILE);
    String relative = dir.relativize(file).toString().replace('\\', '/');
    boolean inside = file.startsWith(dir);
    List<String> notes = new ArrayList<>();
    if (configured == null && !inside) {
      throw CatalogException.input(
          file + ": outside the catalog " + dir + "; lint.baseline names a file in the catalog");
    }
    if (configured != null && !(inside && relative.equals(configured.file()))) {
      notes.add(
          "catalog.yaml's lint.baseline names "
              + configured.file()
              + "; catalog lint reads that file, not this one.");
    }
    write(file, BaselineYaml.render(findings));
    if (configured == null) {
      Path settings = dir.resolve(CatalogLoader.CATALOG_FILE);
      try {
        String text = Files.readString(settings, StandardCharsets.UTF_8);
        write(settings, LintBaselineSetting.add(text, relative));
      } catch (IOException e) {
        throw CatalogException.input(settings + ": cannot read (" + e.getMessage() + ")");
      }
    }
    return new BaselineResult(file, findings.size(), configured == null, notes);
  }

  /** Writes a new catalog that lints clean; refuses (exit 2) to write over any file. */
  public ScaffoldResult init(InitRequest request) {
    Path dir = request.dir().toAbsolutePath().normalize();
    String name = request.name();
    if (name == null) {
      Path folder = dir.getFileName();
      name =
          folder == null
              ? "events"
              : folder.toString().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
      name = name.replaceAll("^-+|-+$", "");
    }
    return scaffold(
        dir,
        Scaffold.init(
            name,
            request.team() == null ? "platform" : request.team(),
            request.domain() == null ? "core" : request.domain()),
        "catalog init");
  }

  /** Adds a service to a catalog; refuses (exit 2) to write over its file. */
  public ScaffoldResult newService(NewServiceRequest request) {
    Path dir = request.catalogDir().toAbsolutePath().normalize();
    Catalog catalog = CatalogLoader.load(openDirectory(dir)).catalog();
    return scaffold(
        dir, Scaffold.service(catalog, request.name(), request.owner()), "catalog new service");
  }

  /** Adds an event, its proto and an example to a catalog; refuses (exit 2) to write over any. */
  public ScaffoldResult newEvent(NewEventRequest request) {
    Path dir = request.catalogDir().toAbsolutePath().normalize();
    Catalog catalog = CatalogLoader.load(openDirectory(dir)).catalog();
    return scaffold(
        dir,
        Scaffold.event(
            catalog,
            request.domain(),
            request.name(),
            request.owner(),
            request.producer(),
            request.encoding() != null
                ? request.encoding()
                : catalog.settings().defaultEncoding() != null
                    ? catalog.settings().defaultEncoding()
                    : Encoding.PROTOBUF),
        "catalog new event");
  }

  private static ScaffoldResult scaffold(Path dir, List<GeneratedFile> files, String command) {
    List<String> existing =
        files.stream()
            .map(GeneratedFile::path)
            .filter(path -> Files.exists(dir.resolve(path)))
            .map(path -> dir.resolve(path) + ": exists; " + command + " never writes over a file")
            .toList();
    if (!existing.isEmpty()) {
      throw new CatalogException(CatalogException.INPUT, existing);
    }
    for (GeneratedFile file : files) {
      write(dir.resolve(file.path()), file.text());
    }
    return new ScaffoldResult(dir, files.stream().map(GeneratedFile::path).toList());
  }

  private static void write(Path file, String text) {
    try {
      Path parent = file.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CatalogException.input(file + ": cannot write (" + e.getMessage() + ")");
    }
  }

  /**
   * Writes a catalog from what the registry of one environment holds (decision 0009): into the
   * catalog in {@code dir}, whose catalog.yaml names the environment, or as a new catalog with
   * {@code registryUrl}. The findings of the imported schemas go to a lint baseline and the {@code
   * TODO} placeholders stay for lint to list, so a deploy right after is a no-op. Refuses (exit 2)
   * to write over any file; reads the registry only.
   */
  public ImportResult importRegistry(ImportRequest request) {
    Path dir = request.dir().toAbsolutePath().normalize();
    Path settingsFile = dir.resolve(CatalogLoader.CATALOG_FILE);
    boolean existing = Files.exists(settingsFile);
    Catalog current = null;
    DirectorySource base = null;
    RegistryEndpoint endpoint;
    String name = request.name() == null ? folderName(dir) : request.name();
    if (existing) {
      if (request.registryUrl() != null) {
        throw CatalogException.input(
            settingsFile
                + ": exists, so catalog import reads the registry of environment \""
                + request.environment()
                + "\" there; --registry is for a new catalog");
      }
      base = openDirectory(dir);
      current = CatalogLoader.loadWithoutBaseline(base).catalog();
      Environment env = environment(current, request.environment());
      endpoint = RegistryEndpoint.resolve(env, new Variables(request.variables()), dir);
    } else {
      if (request.registryUrl() == null) {
        throw CatalogException.input(
            dir
                + ": no catalog.yaml; give --registry URL to write a new catalog, or run catalog"
                + " init and set the registry of environment \""
                + request.environment()
                + "\" first");
      }
      if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
        throw CatalogException.input(
            "catalog name \"" + name + "\" is not lower-kebab-case; give --name");
      }
      endpoint = RegistryEndpoint.of(request.environment(), request.registryUrl());
    }
    RegistryClient client = new HttpRegistryClient(endpoint, request.client());
    RegistryContents contents = RegistryContents.read(client, request.parallelism());
    CatalogImport.Settings settings =
        new CatalogImport.Settings(
            request.environment(),
            current == null ? CatalogSettings.DEFAULT_PROTO_ROOT : current.settings().protoRoot(),
            current == null ? null : current.settings().subjectNameStrategy(),
            current == null ? null : current.settings().defaultCompatibility(),
            current == null
                ? java.util.Set.of()
                : current.domains().stream()
                    .map(dev.eventcontracts.model.Domain::id)
                    .collect(java.util.stream.Collectors.toSet()),
            current == null
                ? java.util.Set.of()
                : current.events().stream()
                    .map(dev.eventcontracts.model.Event::name)
                    .collect(java.util.stream.Collectors.toSet()),
            current == null ? java.util.Set.of() : SubjectPlan.of(current).managed());
    String url = request.registryUrl();
    CatalogImport.Draft draft =
        CatalogImport.draft(
            contents,
            settings,
            base,
            existing
                ? null
                : (strategy, mode) ->
                    ImportedSettings.render(
                        name, request.environment(), url, strategy, mode, contents.registry()));
    CatalogLoader.Loaded loaded = draft.loaded();
    String todoRule = CatalogNoTodo.class.getAnnotation(RuleInfo.class).id();
    List<Finding> findings =
        lintRun(loaded, rulesConfig(loaded.catalog()).lintWithoutBaseline()).findings();
    List<Finding> schemaFindings =
        findings.stream().filter(f -> !f.rule().equals(todoRule)).toList();
    Map<String, String> files = new java.util.TreeMap<>(draft.files());
    List<String> updated = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int baselined = 0;
    if (!schemaFindings.isEmpty()) {
      LintBaseline configured = current == null ? null : current.settings().lintBaseline();
      if (configured == null) {
        files.put(LintBaseline.DEFAULT_FILE, BaselineYaml.render(schemaFindings));
        String yaml = existing ? readInput(settingsFile) : files.get(CatalogLoader.CATALOG_FILE);
        files.put(
            CatalogLoader.CATALOG_FILE, LintBaselineSetting.add(yaml, LintBaseline.DEFAULT_FILE));
        if (existing) {
          updated.add(CatalogLoader.CATALOG_FILE);
        }
        baselined = schemaFindings.size();
      } else {
        List<Finding> uncovered = uncovered(base, draft.files(), todoRule);
        if (!uncovered.isEmpty()) {
          notes.add(
              "catalog.yaml's lint.baseline names "
                  + configured.file()
                  + ", which does not cover "
                  + uncovered.size()
                  + " findings beyond the TODOs; run catalog baseline to record them.");
        }
      }
    }
    if (base != null) {
      // a file the catalog holds already with the same text (an import both share) stays
      files.entrySet().removeIf(f -> !updated.contains(f.getKey()) && sameText(dir, f));
    }
    List<String> clashes =
        files.keySet().stream()
            .filter(path -> !updated.contains(path))
            .filter(path -> Files.exists(dir.resolve(path)))
            .map(path -> dir.resolve(path) + ": exists; catalog import never writes over a file")
            .toList();
    if (!clashes.isEmpty()) {
      throw new CatalogException(CatalogException.INPUT, clashes);
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      write(dir.resolve(file.getKey()), file.getValue());
    }
    List<String> written = files.keySet().stream().filter(path -> !updated.contains(path)).toList();
    return new ImportResult(
        dir,
        request.environment(),
        contents.registry(),
        written,
        updated,
        draft.events(),
        draft.schemas(),
        draft.otherTypes(),
        draft.skipped(),
        draft.differences(),
        findings.size() - schemaFindings.size(),
        baselined,
        notes);
  }

  /** The findings beyond the TODOs that the catalog's own baseline does not cover. */
  private static List<Finding> uncovered(
      CatalogSource base, Map<String, String> files, String todoRule) {
    CatalogLoader.Loaded loaded =
        CatalogLoader.load(new dev.eventcontracts.source.OverlaySource(base, files));
    return lintRun(loaded, rulesConfig(loaded.catalog()).lint()).findings().stream()
        .filter(f -> !f.rule().equals(todoRule))
        .toList();
  }

  private static boolean sameText(Path dir, Map.Entry<String, String> file) {
    Path path = dir.resolve(file.getKey());
    try {
      return Files.isRegularFile(path)
          && Files.readString(path, StandardCharsets.UTF_8).equals(file.getValue());
    } catch (IOException e) {
      return false;
    }
  }

  private static String folderName(Path dir) {
    Path folder = dir.getFileName();
    String name =
        folder == null
            ? "events"
            : folder.toString().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return name.replaceAll("^-+|-+$", "");
  }

  /** The rule configuration of a catalog; an unknown rule or category name is exit 2. */
  private static RulesConfig rulesConfig(Catalog catalog) {
    return RulesConfig.resolve(catalog.settings(), catalog.protos(), BuiltInRules.all());
  }

  /**
   * Loads the catalog in {@code request.catalogDir()} and the one {@code request.against()} names
   * (in parallel), runs every breaking rule over the pair as the catalog's configuration says:
   * {@code breaking.except}, {@code breaking.ignore}, {@code catalog:ignore} comments and the
   * approved breaks. A Git revision that holds no catalog where the catalog lives compares as an
   * empty catalog (decision 0006): nothing breaks, and the report's first note says so.
   */
  public BreakingResult breaking(BreakingRequest request) {
    return compare(request.catalogDir(), request.against(), request.today()).result();
  }

  /** The breaking rules over two loaded catalogs, as {@code now}'s configuration says. */
  static BreakingResult breakingRun(Catalog before, Catalog now, LocalDate today) {
    return compare(before, now, today, null).result();
  }

  /**
   * Both catalogs and what the breaking rules found in them. The rules and the configuration see
   * every finding where the rule found it (a deleted file at its place in REF, so {@code
   * breaking.ignore} globs and approved breaks by path match where it was); the report shows it at
   * a file of the new tree, as {@link CatalogPair#inNewTree} says.
   *
   * @param withoutCatalog the Git revision without a catalog that {@code pair.before()} stands for
   *     (see {@link CatalogPair#empty}), or null
   */
  private record Comparison(CatalogPair pair, RuleRun run, Reference withoutCatalog) {

    BreakingResult result() {
      List<String> notes = new ArrayList<>();
      if (withoutCatalog != null) {
        notes.add(
            withoutCatalog.ref()
                + " holds no catalog at "
                + withoutCatalog.missingAt()
                + ": everything in the catalog is new, and nothing can break.");
      }
      notes.addAll(run.notes());
      List<BreakingRule> rules = BuiltInRules.breakingRules();
      Report report =
          new Report(
              "breaking",
              rules.stream().map(BreakingRule::meta).toList(),
              run.findings().stream().map(f -> inNewTree(pair, f)).toList(),
              notes);
      List<RuleRun.Applied> applied =
          run.applied().stream()
              .map(a -> new RuleRun.Applied(a.approval(), inNewTree(pair, a.finding())))
              .toList();
      return new BreakingResult(pair.after(), pair.before(), report, applied, run.expired());
    }
  }

  private Comparison compare(Path catalogDir, String against, LocalDate today) {
    Future<Then> then = Parallel.start("catalog-against", () -> loadAgainst(catalogDir, against));
    Catalog now = CatalogLoader.load(openDirectory(catalogDir)).catalog();
    Then before = Parallel.await(then);
    if (before.catalog() == null) {
      return compare(CatalogPair.empty(now), now, today, before.reference());
    }
    return compare(before.catalog(), now, today, null);
  }

  private static Comparison compare(
      Catalog before, Catalog now, LocalDate today, Reference withoutCatalog) {
    RuleSelection selection = rulesConfig(now).breaking(today);
    CatalogPair pair = new CatalogPair(before, now, today);
    RuleRun run = selection.conclude(RuleRunner.run(BuiltInRules.breakingRules(), pair, selection));
    return new Comparison(pair, run, withoutCatalog);
  }

  /** A finding as the report shows it: at a file of the new tree, naming where REF had it. */
  private static Finding inNewTree(CatalogPair pair, Finding finding) {
    NewTreeLocation at = pair.inNewTree(finding.location());
    if (!at.moved()) {
      return finding;
    }
    return new Finding(
        finding.rule(),
        finding.severity(),
        at.location(),
        finding.event(),
        at.message(finding.message()));
  }

  /**
   * What REF holds: the loaded catalog, or none ({@code catalog} null) for a Git revision without
   * one, which {@code reference} describes.
   */
  private record Then(Catalog catalog, Reference reference) {}

  /**
   * Loads the catalog that {@code against} names for {@code catalogDir}: a directory, or the same
   * sub-path at a Git revision, read from Git objects. A catalog that does not load is exit 2, its
   * problems prefixed with the revision; a directory without a catalog is exit 2 too (it was named
   * on purpose), a revision without one is no catalog.
   */
  private static Then loadAgainst(Path catalogDir, String against) {
    Reference reference = RefResolver.resolve(catalogDir, against);
    if (!reference.holdsCatalog()) {
      return new Then(null, reference);
    }
    CatalogSource source = reference.catalog();
    try {
      // REF's lint baseline is no part of the comparison, and may name a file REF lacks
      return new Then(CatalogLoader.loadWithoutBaseline(source).catalog(), reference);
    } catch (CatalogException e) {
      throw new CatalogException(
          e.exitCode(),
          e.problems().stream().map(p -> "in " + source.describe() + ": " + p).toList());
    }
  }

  /**
   * Deploys the catalog to one environment's registry: lint errors refuse it, then plan, check,
   * gate and write (nothing is written on a dry run). A registry failure part-way throws a {@link
   * dev.eventcontracts.registry.DeployException} listing what was written.
   */
  public DeployResult deploy(DeployRequest request) {
    CatalogLoader.Loaded loaded = CatalogLoader.load(openDirectory(request.catalogDir()));
    Catalog catalog = loaded.catalog();
    Environment env = environment(catalog, request.environment());
    Report lint = lintReport(loaded);
    Variables variables = new Variables(request.variables());
    RegistryClient target =
        new HttpRegistryClient(
            RegistryEndpoint.resolve(env, variables, request.catalogDir()), request.client());
    if (lint.errors() > 0) {
      return new DeployResult(
          catalog,
          lint,
          new DeployReport(
              env.name(),
              target.describe(),
              request.dryRun(),
              List.of(),
              List.of(
                  "lint found "
                      + lint.errors()
                      + " errors; fix them first (catalog lint shows them)"),
              List.of()));
    }
    Deployer.Gate gate = null;
    if (env.promoteFrom() != null) {
      Environment from = environment(catalog, env.promoteFrom());
      gate =
          new Deployer.Gate(
              from.name(),
              new HttpRegistryClient(
                  RegistryEndpoint.resolve(from, variables, request.catalogDir()),
                  request.client()));
    }
    SubjectPlan plan = SubjectPlan.of(catalog);
    if (env.multiRegion()) {
      return deployRegions(request, catalog, lint, env, variables, gate, plan);
    }
    DeployReport report =
        new Deployer(env.name(), target, gate, request.parallelism(), request.progress())
            .deploy(plan, request.dryRun());
    return new DeployResult(catalog, lint, report);
  }

  /**
   * Every region of an environment from one plan: checked and gated in all of them before any is
   * written, then written region by region, primary first, each as a deploy of its own; afterwards
   * the schema IDs each region gave are compared with the primary's.
   */
  private DeployResult deployRegions(
      DeployRequest request,
      Catalog catalog,
      Report lint,
      Environment env,
      Variables variables,
      Deployer.Gate gate,
      SubjectPlan plan) {
    List<String> names = new ArrayList<>();
    List<RegistryClient> clients = new ArrayList<>();
    for (dev.eventcontracts.model.RegistrySettings r : env.registries()) {
      names.add(env.name() + " region " + RegistryEndpoint.regionName(env, r));
      clients.add(
          new HttpRegistryClient(
              RegistryEndpoint.resolve(env, r, variables, request.catalogDir()), request.client()));
    }
    List<DeployReport> checked = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      checked.add(
          new Deployer(
                  names.get(i), clients.get(i), gate, request.parallelism(), request.progress())
              .deploy(plan, true));
    }
    if (request.dryRun() || checked.stream().anyMatch(DeployReport::refused)) {
      return new DeployResult(catalog, lint, checked.get(0), checked, List.of());
    }
    List<DeployReport> written = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      try {
        written.add(
            new Deployer(
                    names.get(i), clients.get(i), gate, request.parallelism(), request.progress())
                .deploy(plan, false));
      } catch (dev.eventcontracts.registry.DeployException e) {
        throw dev.eventcontracts.registry.DeployException.acrossRegions(
            e, written, names.subList(i + 1, names.size()));
      }
      if (written.get(i).refused()) {
        // refused part-way (a registration the registry judged incompatible): stop here
        return new DeployResult(catalog, lint, written.get(0), written, List.of());
      }
    }
    List<RegistrySnapshot> snapshots = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      snapshots.add(
          RegistrySnapshot.take(
              names.get(i), env.location(), clients.get(i), plan, request.parallelism()));
    }
    return new DeployResult(
        catalog, lint, written.get(0), written, RegistrySnapshot.schemaIdDifferences(snapshots));
  }

  /** Compares one environment's registry with the catalog, as findings of the verify rules. */
  public VerifyResult verify(VerifyRequest request) {
    CatalogLoader.Loaded loaded = CatalogLoader.load(openDirectory(request.catalogDir()));
    Catalog catalog = loaded.catalog();
    Environment env = environment(catalog, request.environment());
    Variables variables = new Variables(request.variables());
    SubjectPlan plan = SubjectPlan.of(catalog);
    List<RegistrySnapshot> regions = new ArrayList<>();
    for (dev.eventcontracts.model.RegistrySettings r : env.registries()) {
      RegistryClient client =
          new HttpRegistryClient(
              RegistryEndpoint.resolve(env, r, variables, request.catalogDir()), request.client());
      RegistrySnapshot taken =
          RegistrySnapshot.take(
              env.name(),
              env.location(),
              client,
              plan,
              catalog.settings().subjectPrefix(),
              request.parallelism());
      regions.add(env.multiRegion() ? taken.inRegion(RegistryEndpoint.regionName(env, r)) : taken);
    }
    if (regions.isEmpty()) {
      RegistryEndpoint.resolve(env, variables, request.catalogDir()); // names the missing registry
    }
    RegistrySnapshot snapshot =
        env.multiRegion()
            ? regions
                .get(0)
                .withRegions(regions.get(0).region(), regions.subList(1, regions.size()))
            : regions.get(0);
    List<VerifyRule> rules = BuiltInRules.verifyRules();
    RuleSelection selection = rulesConfig(catalog).verify(request.strict());
    List<Finding> findings =
        selection.conclude(RuleRunner.run(rules, snapshot, selection)).findings();
    List<RuleMeta> metas = rules.stream().map(VerifyRule::meta).toList();
    return new VerifyResult(catalog, new Report("verify", metas, findings, List.of()));
  }

  /**
   * The environment variables {@code deploy --env} and {@code verify --env} read for one
   * environment, so a pipeline can hand a step those and no other secrets. Needs none of them set.
   */
  public VariablesResult variables(VariablesRequest request) {
    Catalog catalog = CatalogLoader.load(openDirectory(request.catalogDir())).catalog();
    Environment env = environment(catalog, request.environment());
    java.util.SortedSet<String> names = new java.util.TreeSet<>();
    List<Environment> read = new ArrayList<>(List.of(env));
    if (env.promoteFrom() != null) {
      catalog.settings().environment(env.promoteFrom()).ifPresent(read::add);
    }
    for (Environment e : read) {
      for (dev.eventcontracts.model.RegistrySettings r : e.registries()) {
        names.addAll(Variables.namedBy(r));
      }
    }
    return new VariablesResult(List.copyOf(names));
  }

  private static Environment environment(Catalog catalog, String name) {
    return catalog
        .settings()
        .environment(name)
        .orElseThrow(
            () ->
                CatalogException.input(
                    "catalog.yaml: no environment \""
                        + name
                        + "\" (it has: "
                        + String.join(
                            ", ",
                            catalog.settings().environments().stream()
                                .map(Environment::name)
                                .toList())
                        + ")"));
  }

  /** A catalog directory as a source, or exit 2 naming the path when it cannot be read. */
  public static DirectorySource openDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw CatalogException.input(dir + ": no such catalog directory");
    }
    try {
      return new DirectorySource(dir);
    } catch (IOException e) {
      throw CatalogException.input(
          dir + ": cannot read catalog directory (" + e.getMessage() + ")");
    }
  }
}
