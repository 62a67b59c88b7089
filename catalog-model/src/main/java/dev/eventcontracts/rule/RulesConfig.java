package dev.eventcontracts.rule;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.model.ApprovedBreak;
import dev.eventcontracts.model.CatalogSettings;
import dev.eventcontracts.model.LintBaseline;
import dev.eventcontracts.model.ProtoSchema;
import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.model.SuppressionConfig;
import dev.eventcontracts.suggest.Suggestions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rule configuration of one catalog, resolved in one place for every family (as buf's {@code
 * newRulesConfig} does): {@code lint:} for load and lint rules, {@code breaking:} and {@code
 * breaking.exceptions} for breaking rules, {@code catalog:ignore} comments for both, {@code
 * --strict} for verify. Every rule ID and category named anywhere is checked against the rules the
 * tool knows; an unknown name is an input error (exit 2) naming file, line and the closest known
 * name, because a misspelt suppression would otherwise switch off nothing, or the wrong thing,
 * without a word.
 */
public final class RulesConfig {

  private final CatalogSettings settings;
  private final ProtoSchema protos;

  private RulesConfig(CatalogSettings settings, ProtoSchema protos) {
    this.settings = settings;
    this.protos = protos;
  }

  /**
   * Resolves the configuration of {@code settings} and the {@code catalog:ignore} comments of
   * {@code protos} (null when the catalog has none) against {@code known}, the metadata of every
   * rule of every family; throws an input {@link CatalogException} listing every unknown name.
   */
  public static RulesConfig resolve(
      CatalogSettings settings, ProtoSchema protos, List<RuleMeta> known) {
    List<String> problems = new ArrayList<>();
    Names lint = new Names(known, Set.of(RuleFamily.LOAD, RuleFamily.LINT));
    Names breaking = new Names(known, Set.of(RuleFamily.BREAKING));
    Names commented = new Names(known, Set.of(RuleFamily.LINT, RuleFamily.BREAKING));
    SourceLocation file = settings.positions().document();
    check(settings.lint(), "lint", lint, file, problems);
    check(settings.breaking(), "breaking", breaking, file, problems);
    for (ApprovedBreak approval : settings.breakingExceptions()) {
      if (approval.rule() != null && !breaking.ids.contains(approval.rule())) {
        problems.add(
            approval.ruleLocation()
                + ": breaking.exceptions names "
                + breaking.unknown(approval.rule(), false));
      }
    }
    if (protos != null) {
      Map<String, Map<Integer, Set<String>>> byFile = new TreeMap<>(protos.suppressions());
      byFile.forEach(
          (path, byLine) ->
              new TreeMap<>(byLine)
                  .forEach(
                      (line, ids) -> {
                        for (String id : new java.util.TreeSet<>(ids)) {
                          if (!commented.ids.contains(id)) {
                            problems.add(
                                new SourceLocation(path, line, 0)
                                    + ": catalog:ignore names "
                                    + commented.unknown(id, false));
                          }
                        }
                      }));
    }
    if (!problems.isEmpty()) {
      throw new CatalogException(CatalogException.INPUT, problems);
    }
    return new RulesConfig(settings, protos);
  }

  /**
   * Load and lint rules, configured by {@code lint:}, {@code catalog:ignore} comments and the
   * findings {@code lint.baseline} accepts.
   */
  public RuleSelection lint() {
    return selection(settings.lint(), false, List.of(), null, settings.lintBaseline());
  }

  /**
   * Lint as {@link #lint()} without the baseline: what {@code catalog baseline} records, so that
   * writing a baseline again keeps the findings the old one accepted.
   */
  public RuleSelection lintWithoutBaseline() {
    return selection(settings.lint(), false, List.of(), null, null);
  }

  /**
   * Breaking rules, configured by {@code breaking:}, {@code catalog:ignore} comments and the
   * approved breaks of {@code breaking.exceptions} as they stand on {@code today}.
   */
  public RuleSelection breaking(LocalDate today) {
    return selection(settings.breaking(), false, settings.breakingExceptions(), today, null);
  }

  /**
   * Verify rules: nothing in catalog.yaml configures them; {@code --strict} makes warnings errors.
   */
  public RuleSelection verify(boolean strict) {
    return new RuleSelection(Set.of(), Map.of(), null, strict, List.of(), null, null);
  }

  private RuleSelection selection(
      SuppressionConfig section,
      boolean strict,
      List<ApprovedBreak> approved,
      LocalDate today,
      LintBaseline baseline) {
    Map<String, List<PathGlob>> ignore = new HashMap<>();
    section
        .ignore()
        .forEach((name, globs) -> ignore.put(name, globs.stream().map(PathGlob::new).toList()));
    return new RuleSelection(
        Set.copyOf(section.except()), ignore, protos, strict, approved, today, baseline);
  }

  private static void check(
      SuppressionConfig section,
      String key,
      Names names,
      SourceLocation file,
      List<String> problems) {
    Set<String> named = new LinkedHashSet<>(section.except());
    named.addAll(section.ignore().keySet());
    for (String name : named) {
      if (!names.ids.contains(name) && !names.categories.contains(name)) {
        String where = section.except().contains(name) ? key + ".except" : key + ".ignore";
        problems.add(
            section.location(name, file) + ": " + where + " names " + names.unknown(name, true));
      }
    }
  }

  /** The rule IDs and categories one place may name, and how to say a name is none of them. */
  private static final class Names {
    private final Set<String> ids = new LinkedHashSet<>();
    private final Set<String> categories = new LinkedHashSet<>();
    private final Map<String, RuleFamily> elsewhere = new HashMap<>();

    Names(List<RuleMeta> known, Set<RuleFamily> families) {
      for (RuleMeta rule : known) {
        if (families.contains(rule.family())) {
          ids.add(rule.id());
          categories.add(rule.category().name());
        } else {
          elsewhere.put(rule.id(), rule.family());
          elsewhere.putIfAbsent(rule.category().name(), rule.family());
        }
      }
    }

    String unknown(String name, boolean categoriesAllowed) {
      RuleFamily family = elsewhere.get(name);
      if (family != null) {
        return "\""
            + name
            + "\", which belongs to the "
            + family.id()
            + " rules; "
            + (family == RuleFamily.BREAKING
                ? "configure it under \"breaking\"."
                : family == RuleFamily.VERIFY
                    ? "verify rules are configured by --strict only."
                    : "configure it under \"lint\".");
      }
      List<String> candidates = new ArrayList<>(ids);
      if (categoriesAllowed) {
        candidates.addAll(categories);
      }
      String suggestion = Suggestions.closest(name, candidates);
      return "unknown "
          + (categoriesAllowed ? "rule or category" : "rule")
          + " \""
          + name
          + "\""
          + (suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?");
    }
  }
}
