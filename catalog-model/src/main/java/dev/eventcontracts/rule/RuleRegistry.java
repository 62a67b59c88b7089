package dev.eventcontracts.rule;

import dev.eventcontracts.rule.load.YamlNoDuplicateKey;
import dev.eventcontracts.rule.load.YamlNoUnknownKey;
import dev.eventcontracts.rule.load.YamlRequiredKey;
import dev.eventcontracts.rule.load.YamlValueType;
import java.util.List;

/** Every rule, one sorted list per command. A test checks each rule class is listed here. */
public final class RuleRegistry {

  private RuleRegistry() {}

  /** Checks the loader makes while reading files. */
  public static List<RuleMeta> loadRules() {
    return List.of(
            new YamlNoDuplicateKey(),
            new YamlNoUnknownKey(),
            new YamlRequiredKey(),
            new YamlValueType())
        .stream()
        .map(LoadRule::meta)
        .toList();
  }

  /** Rules of {@code catalog lint}, sorted by ID. */
  public static List<LintRule> lintRules() {
    return List.of();
  }
}
