package dev.eventcontracts.report;

import dev.eventcontracts.rule.RuleMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules as aligned columns under a header line, one rule a line, like {@code buf config
 * ls-lint-rules}: ID, family, category, default severity and summary.
 */
final class RulesText {

  private RulesText() {}

  static String render(List<RuleMeta> rules) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"ID", "FAMILY", "CATEGORY", "SEVERITY", "SUMMARY"});
    for (RuleMeta rule : rules) {
      rows.add(
          new String[] {
            rule.id(),
            rule.family().id(),
            rule.category().name(),
            rule.severity().id(),
            rule.summary()
          });
    }
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns - 1; i++) {
        widths[i] = Math.max(widths[i], row[i].length() + 2);
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      for (int i = 0; i < columns - 1; i++) {
        out.append(TextReport.pad(row[i], widths[i]));
      }
      out.append(row[columns - 1]).append('\n');
    }
    return out.toString();
  }
}
