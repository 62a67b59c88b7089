package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Environment;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import java.util.HashSet;
import java.util.Set;

@RuleInfo(
    id = "ENVIRONMENT_PROMOTE_FROM_DEFINED",
    category = Category.REFERENCES,
    summary =
        "An environment's promoteFrom names an environment listed before it, so the promotion"
            + " order dev → qa → prod is well defined.")
public final class EnvironmentPromoteFromDefined implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    Set<String> earlier = new HashSet<>();
    Set<String> all = new HashSet<>();
    catalog.settings().environments().forEach(e -> all.add(e.name()));
    for (Environment env : catalog.settings().environments()) {
      String from = env.promoteFrom();
      if (from != null && !earlier.contains(from)) {
        out.report(
            env.location(),
            null,
            all.contains(from)
                ? "Environment \""
                    + env.name()
                    + "\" promotes from \""
                    + from
                    + "\", which is listed after it; list environments in promotion order."
                : "Environment \""
                    + env.name()
                    + "\" promotes from \""
                    + from
                    + "\", which is not an environment of catalog.yaml.");
      }
      earlier.add(env.name());
    }
  }
}
