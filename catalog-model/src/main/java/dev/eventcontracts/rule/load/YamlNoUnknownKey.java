package dev.eventcontracts.rule.load;

import dev.eventcontracts.load.CatalogLoader;
import dev.eventcontracts.load.LoadIssue;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LoadRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "YAML_NO_UNKNOWN_KEY",
    category = Category.STRUCTURE,
    summary = "Catalog files hold only the keys of the catalog format, so a typo is never ignored.")
public final class YamlNoUnknownKey implements LoadRule {

  @Override
  public void check(CatalogLoader.Loaded loaded, Findings out) {
    LoadIssues.report(loaded, LoadIssue.Kind.UNKNOWN_KEY, out);
  }
}
