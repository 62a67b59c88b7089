package dev.eventcontracts.rule;

import dev.eventcontracts.model.ApprovedBreak;
import dev.eventcontracts.model.LintBaseline;
import dev.eventcontracts.model.ProtoSchema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one run of one family's rules applies, as {@link RulesConfig} resolved it: which rules run
 * ({@code except} by ID or category), which findings are dropped ({@code ignore} globs by ID or
 * category, {@code catalog:ignore} comments), whether warnings count as errors ({@code --strict}),
 * which approved breaks let findings through, and which findings a lint baseline accepts.
 */
public final class RuleSelection {

  private final Set<String> except;
  private final Map<String, List<PathGlob>> ignore;
  private final ProtoSchema comments;
  private final boolean strict;
  private final List<ApprovedBreak> approved;
  private final LocalDate today;
  private final LintBaseline baseline;

  RuleSelection(
      Set<String> except,
      Map<String, List<PathGlob>> ignore,
      ProtoSchema comments,
      boolean strict,
      List<ApprovedBreak> approved,
      LocalDate today,
      LintBaseline baseline) {
    this.except = Set.copyOf(except);
    this.ignore = Map.copyOf(ignore);
    this.comments = comments;
    this.strict = strict;
    this.approved = List.copyOf(approved);
    this.today = today;
    this.baseline = baseline;
  }

  /** Whether the rule runs at all: neither its ID nor its category is excepted. */
  public boolean runs(RuleMeta rule) {
    return !except.contains(rule.id()) && !except.contains(rule.category().name());
  }

  /**
   * The finding as it counts, or null when an {@code ignore} glob or a {@code catalog:ignore}
   * comment drops it; under {@code --strict} a warning counts as an error.
   */
  public Finding admit(RuleMeta rule, Finding finding) {
    String path = finding.location().path();
    for (String name : List.of(rule.id(), rule.category().name())) {
      for (PathGlob glob : ignore.getOrDefault(name, List.of())) {
        if (glob.matches(path)) {
          return null;
        }
      }
    }
    if (comments != null && comments.suppressed(finding.location(), rule.id())) {
      return null;
    }
    if (strict && finding.severity() == Severity.WARNING) {
      return new Finding(
          finding.rule(), Severity.ERROR, finding.location(), finding.event(), finding.message());
    }
    return finding;
  }

  /**
   * Applies the approved breaks and the lint baseline to what the rules found; every use and misuse
   * becomes a note.
   */
  public RuleRun conclude(List<Finding> findings) {
    RuleRun run =
        approved.isEmpty()
            ? new RuleRun(findings, List.of(), List.of(), List.of())
            : ApprovedBreaks.apply(findings, approved, today);
    return baseline == null ? run : Baselines.apply(run, baseline);
  }
}
