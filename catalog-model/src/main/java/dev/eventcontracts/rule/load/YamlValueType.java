package dev.eventcontracts.rule.load;

import dev.eventcontracts.load.CatalogLoader;
import dev.eventcontracts.load.LoadIssue;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LoadRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "YAML_VALUE_TYPE",
    category = Category.STRUCTURE,
    summary = "Every value has the type and one of the allowed values the catalog format defines.")
public final class YamlValueType implements LoadRule {

  @Override
  public void check(CatalogLoader.Loaded loaded, Findings out) {
    LoadIssues.report(loaded, LoadIssue.Kind.VALUE_TYPE, out);
  }
}
