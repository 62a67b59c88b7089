package dev.eventcontracts.report;

import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.RuleMeta;
import java.util.List;

/** The forms {@code catalog rules} prints the rules' metadata in. */
public enum RulesFormat implements OutputFormat {
  /** Aligned columns, one rule a line under a header line, for a terminal. */
  TEXT,
  /** Every rule and category as one JSON document, for tools. */
  JSON,
  /** The category table and one table of rules per family: {@code docs/rules.md}. */
  MARKDOWN;

  /** Renders {@code rules} (sorted by family then ID) and the category table. */
  public String render(List<RuleMeta> rules, List<Category> categories) {
    return switch (this) {
      case TEXT -> RulesText.render(rules);
      case JSON -> RulesJson.render(rules, categories);
      case MARKDOWN -> RulesMarkdown.render(rules, categories);
    };
  }

  @Override
  public String toString() {
    return id();
  }
}
