package dev.eventcontracts.report;

import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.RuleFamily;
import dev.eventcontracts.rule.RuleMeta;
import dev.eventcontracts.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one line a command ends with: {@code 0 errors, 2 warnings}, and when there are errors, how
 * many each category holds and where categories are switched off, such as {@code 14 errors, 1
 * warning (12 COMMENTS, 2 NAMING); switch a category off with lint.except}. A team adopting the
 * tool on an old catalog sees at once which kind of finding dominates and what to do about it.
 */
public final class ReportSummary {

  private ReportSummary() {}

  public static String of(Report report) {
    String counts = count(report.errors(), "error") + ", " + count(report.warnings(), "warning");
    List<Map.Entry<Category, Long>> categories = errorsByCategory(report);
    if (categories.isEmpty()) {
      return counts;
    }
    StringBuilder line = new StringBuilder(counts).append(" (");
    Set<String> sections = new LinkedHashSet<>();
    for (int i = 0; i < categories.size(); i++) {
      Category category = categories.get(i).getKey();
      line.append(i == 0 ? "" : ", ")
          .append(categories.get(i).getValue())
          .append(' ')
          .append(category.name());
      // verify rules have no except: only --strict configures them
      if (category.family() != RuleFamily.VERIFY) {
        sections.add(category.family().id() + ".except");
      }
    }
    line.append(')');
    if (!sections.isEmpty()) {
      line.append("; switch a category off with ").append(String.join(" or ", sections));
    }
    return line.toString();
  }

  /**
   * The errors counted by the category of their rule, as the report's rules give it; most first,
   * then by name, so the line is the same on every run.
   */
  private static List<Map.Entry<Category, Long>> errorsByCategory(Report report) {
    Map<String, RuleMeta> rules =
        report.rules().stream()
            .collect(Collectors.toMap(RuleMeta::id, Function.identity(), (a, b) -> a));
    Map<Category, Long> counts = new EnumMap<>(Category.class);
    for (Finding finding : report.findings()) {
      RuleMeta rule = rules.get(finding.rule());
      if (finding.severity() == Severity.ERROR && rule != null) {
        counts.merge(rule.category(), 1L, Long::sum);
      }
    }
    List<Map.Entry<Category, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(
        Map.Entry.<Category, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(e -> e.getKey().name()));
    return sorted;
  }

  /** {@code 1 error}, {@code 2 errors}: a count with its noun, plural unless it is one. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
