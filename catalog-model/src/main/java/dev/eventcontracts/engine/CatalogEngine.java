package dev.eventcontracts.engine;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.diff.ContractDiff;
import dev.eventcontracts.load.CatalogLoader;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.report.Report;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleMeta;
import dev.eventcontracts.rule.RuleRegistry;
import dev.eventcontracts.rule.RuleRunner;
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

  /**
   * The contract diff of a catalog directory against a reference directory, for review. It never
   * fails on what it finds; only a catalog that cannot be loaded is an error.
   */
  public DiffResult diff(DiffRequest request) {
    Catalog after = CatalogLoader.load(openDirectory(request.catalogDir())).catalog();
    Catalog before = CatalogLoader.load(openDirectory(Path.of(request.against()))).catalog();
    return new DiffResult(ContractDiff.between(before, after, List.of(), request.against()));
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
