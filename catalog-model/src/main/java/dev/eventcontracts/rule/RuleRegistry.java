package dev.eventcontracts.rule;

import dev.eventcontracts.registry.verify.SubjectCompatibilityDrift;
import dev.eventcontracts.registry.verify.SubjectMissing;
import dev.eventcontracts.registry.verify.SubjectReferenceDrift;
import dev.eventcontracts.registry.verify.SubjectSchemaDrift;
import dev.eventcontracts.registry.verify.SubjectUnmanaged;
import dev.eventcontracts.registry.verify.VerifyRule;
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

  /** Rules of {@code catalog verify}, sorted by ID. */
  public static List<VerifyRule> verifyRules() {
    return List.of(
        new SubjectCompatibilityDrift(),
        new SubjectMissing(),
        new SubjectReferenceDrift(),
        new SubjectSchemaDrift(),
        new SubjectUnmanaged());
  }
}
