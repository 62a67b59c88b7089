package dev.eventcontracts.rule.load;

import dev.eventcontracts.load.CatalogLoader;
import dev.eventcontracts.load.LoadIssue;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LoadRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "YAML_REQUIRED_KEY",
    category = Category.STRUCTURE,
    summary = "Keys the catalog format requires (an event's name, owner, schema, topics…) are set.")
public final class YamlRequiredKey implements LoadRule {

  @Override
  public void check(CatalogLoader.Loaded loaded, Findings out) {
    LoadIssues.report(loaded, LoadIssue.Kind.REQUIRED_KEY, out);
  }
}
