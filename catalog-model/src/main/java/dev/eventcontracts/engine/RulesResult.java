package dev.eventcontracts.engine;

import dev.eventcontracts.report.RulesFormat;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.RuleMeta;
import java.util.List;

/**
 * Every rule's metadata, sorted by family then ID, and the category table, ready to print in any of
 * the rules formats.
 */
public record RulesResult(List<RuleMeta> rules, List<Category> categories) {

  public RulesResult {
    rules = List.copyOf(rules);
    categories = List.copyOf(categories);
  }

  public String render(RulesFormat format) {
    return format.render(rules, categories);
  }
}
