package dev.eventcontracts.report;

import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.RuleFamily;
import dev.eventcontracts.rule.RuleMeta;
import java.util.List;
import java.util.Locale;

/**
 * The rules as {@code docs/rules.md}: the category table, then a section per family with a table of
 * its rules. Every rule's row carries an anchor ({@link RuleDocs#anchor}), so SARIF's {@code
 * helpUri} and anyone else can link to it. README.md holds the same family tables, from {@link
 * #table}.
 */
final class RulesMarkdown {

  private static final String INTRO =
      """
      # Rules

      <!-- Generated from the rules' metadata by `catalog rules --format markdown`; do not edit. -->

      Every rule `catalog` runs, with its stable ID, category, default severity and purpose. Load
      and lint rules run in `catalog lint` (and before `catalog deploy`), breaking rules in
      `catalog breaking` and `catalog diff`, verify rules in `catalog verify`. `lint.except` and
      `lint.ignore` switch load and lint rules off by ID or category, `breaking.except` and
      `breaking.ignore` breaking rules, and a `// catalog:ignore RULE_ID` comment one rule for one
      proto element.

      """;

  private RulesMarkdown() {}

  static String render(List<RuleMeta> rules, List<Category> categories) {
    StringBuilder out = new StringBuilder();
    out.append(INTRO);
    out.append("## Categories\n\n| category | family | summary |\n|---|---|---|\n");
    for (Category category : categories) {
      out.append("| `")
          .append(category.name())
          .append("` | ")
          .append(category.family().id())
          .append(" | ")
          .append(cell(category.summary()))
          .append(" |\n");
    }
    for (RuleFamily family : RuleFamily.values()) {
      List<RuleMeta> members = rules.stream().filter(r -> r.family() == family).toList();
      if (!members.isEmpty()) {
        out.append("\n## ").append(title(family)).append(" rules\n\n").append(table(members));
      }
    }
    return out.toString();
  }

  /** A table of {@code rules}, one row each, the ID cell holding the rule's anchor. */
  static String table(List<RuleMeta> rules) {
    StringBuilder out = new StringBuilder("| rule | category | severity | summary |\n");
    out.append("|---|---|---|---|\n");
    for (RuleMeta rule : rules) {
      out.append("| <a name=\"")
          .append(RuleDocs.anchor(rule.id()))
          .append("\"></a>`")
          .append(rule.id())
          .append("` | ")
          .append(rule.category().name())
          .append(" | ")
          .append(rule.severity().id())
          .append(" | ")
          .append(cell(rule.summary()))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String title(RuleFamily family) {
    String id = family.id();
    return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
  }

  /**
   * A summary in a table cell. Summaries are the tool's own sentences, so only what would end the
   * cell or turn into HTML, a link or emphasis is escaped; an underscore inside a name such as
   * {@code lower_snake_case} cannot start emphasis and stays as written.
   */
  private static String cell(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean inWord =
          i > 0
              && i + 1 < text.length()
              && Character.isLetterOrDigit(text.charAt(i - 1))
              && Character.isLetterOrDigit(text.charAt(i + 1));
      if ("\\|<>`*[]".indexOf(c) >= 0 || (c == '_' && !inWord)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
