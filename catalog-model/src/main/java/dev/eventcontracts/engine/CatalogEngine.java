package dev.eventcontracts.engine;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.load.CatalogLoader;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Environment;
import dev.eventcontracts.model.SuppressionConfig;
import dev.eventcontracts.registry.DeployReport;
import dev.eventcontracts.registry.Deployer;
import dev.eventcontracts.registry.HttpRegistryClient;
import dev.eventcontracts.registry.RegistryClient;
import dev.eventcontracts.registry.RegistryEndpoint;
import dev.eventcontracts.registry.RegistrySnapshot;
import dev.eventcontracts.registry.SubjectPlan;
import dev.eventcontracts.registry.Variables;
import dev.eventcontracts.registry.verify.VerifyRule;
import dev.eventcontracts.report.Report;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleMeta;
import dev.eventcontracts.rule.RuleRegistry;
import dev.eventcontracts.rule.RuleRunner;
import dev.eventcontracts.rule.Severity;
import dev.eventcontracts.rule.Suppressions;
import dev.eventcontracts.source.DirectorySource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point of the engine: each method takes a request record and returns a result
 * record. The CLI and the Maven plugin only translate arguments into requests and print results.
 * Failures a user can act on are {@link CatalogException}s carrying their exit code.
 */
public final class CatalogEngine {

  /** Loads and lints a catalog directory. */
  public LintResult lint(LintRequest request) {
    CatalogLoader.Loaded loaded = CatalogLoader.load(openDirectory(request.catalogDir()));
    return new LintResult(loaded.catalog(), lintReport(loaded));
  }

  static Report lintReport(CatalogLoader.Loaded loaded) {
    Catalog catalog = loaded.catalog();
    List<LintRule> rules = RuleRegistry.lintRules();
    Suppressions suppressions = new Suppressions(catalog.settings().lint(), catalog.protos());
    List<Finding> findings = new ArrayList<>(loaded.findings());
    findings.removeIf(suppressions::suppressed);
    findings.addAll(RuleRunner.run(rules, catalog, suppressions));
    List<RuleMeta> metas = new ArrayList<>(RuleRegistry.loadRules());
    rules.forEach(r -> metas.add(r.meta()));
    return new Report("lint", metas, findings, List.of());
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
    DeployReport report =
        new Deployer(env.name(), target, gate, request.parallelism(), request.progress())
            .deploy(SubjectPlan.of(catalog), request.dryRun());
    return new DeployResult(catalog, lint, report);
  }

  /** Compares one environment's registry with the catalog, as findings of the verify rules. */
  public VerifyResult verify(VerifyRequest request) {
    CatalogLoader.Loaded loaded = CatalogLoader.load(openDirectory(request.catalogDir()));
    Catalog catalog = loaded.catalog();
    Environment env = environment(catalog, request.environment());
    RegistryClient client =
        new HttpRegistryClient(
            RegistryEndpoint.resolve(env, new Variables(request.variables()), request.catalogDir()),
            request.client());
    RegistrySnapshot snapshot =
        RegistrySnapshot.take(
            env.name(), env.location(), client, SubjectPlan.of(catalog), request.parallelism());
    List<VerifyRule> rules = RuleRegistry.verifyRules();
    List<Finding> findings = new ArrayList<>();
    for (Finding f :
        RuleRunner.run(rules, snapshot, new Suppressions(SuppressionConfig.NONE, null))) {
      boolean strictError = request.strict() && f.rule().equals("SUBJECT_UNMANAGED");
      findings.add(
          strictError
              ? new Finding(f.rule(), Severity.ERROR, f.location(), f.event(), f.message())
              : f);
    }
    List<RuleMeta> metas = rules.stream().map(VerifyRule::meta).toList();
    return new VerifyResult(catalog, new Report("verify", metas, findings, List.of()));
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
