package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Repository;
import dev.eventcontracts.owners.Codeowners;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.rule.Severity;

@RuleInfo(
    id = "CODEOWNERS_CURRENT",
    category = Category.GOVERNANCE,
    severity = Severity.WARNING,
    summary =
        "A committed CODEOWNERS file is the one catalog codeowners generates, so GitHub asks"
            + " every team a change concerns; a warning, since catalog approvals is the gate that"
            + " enforces the approvals and a stale file must not refuse a deploy.")
public final class CodeownersCurrent implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    Repository repository = catalog.repository();
    if (repository.codeownersText() == null) {
      return;
    }
    String expected = Codeowners.generate(catalog);
    if (expected.equals(repository.codeownersText())) {
      return;
    }
    out.report(
        catalog.settings().positions().document(),
        null,
        "CODEOWNERS file \""
            + repository.codeownersPath()
            + "\" is not the one catalog codeowners generates from the owners, producers,"
            + " consumers and architects; regenerate it from the repository root with \""
            + Codeowners.command(catalog)
            + "\".");
  }
}
