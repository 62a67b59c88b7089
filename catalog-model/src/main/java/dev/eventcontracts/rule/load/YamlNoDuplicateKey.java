package dev.eventcontracts.rule.load;

import dev.eventcontracts.load.CatalogLoader;
import dev.eventcontracts.load.LoadIssue;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LoadRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "YAML_NO_DUPLICATE_KEY",
    category = Category.STRUCTURE,
    summary = "A key appears once per mapping; YAML parsers disagree on which duplicate wins.")
public final class YamlNoDuplicateKey implements LoadRule {

  @Override
  public void check(CatalogLoader.Loaded loaded, Findings out) {
    LoadIssues.report(loaded, LoadIssue.Kind.DUPLICATE_KEY, out);
  }
}
