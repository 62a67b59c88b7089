package dev.eventcontracts.rule;

import dev.eventcontracts.registry.verify.SubjectCompatibilityDrift;
import dev.eventcontracts.registry.verify.SubjectMissing;
import dev.eventcontracts.registry.verify.SubjectReferenceDrift;
import dev.eventcontracts.registry.verify.SubjectSchemaDrift;
import dev.eventcontracts.registry.verify.SubjectUnmanaged;
import dev.eventcontracts.registry.verify.VerifyRule;
import dev.eventcontracts.rule.lint.DomainDefined;
import dev.eventcontracts.rule.lint.EnvironmentPromoteFromDefined;
import dev.eventcontracts.rule.lint.EventActiveProducer;
import dev.eventcontracts.rule.lint.EventConfidentialKeyHeader;
import dev.eventcontracts.rule.lint.EventDeprecationSunset;
import dev.eventcontracts.rule.lint.EventFileNameMatch;
import dev.eventcontracts.rule.lint.EventHeaderContract;
import dev.eventcontracts.rule.lint.EventMultiTenantId;
import dev.eventcontracts.rule.lint.EventNamePascalCase;
import dev.eventcontracts.rule.lint.EventNameUnique;
import dev.eventcontracts.rule.lint.EventNoConsumers;
import dev.eventcontracts.rule.lint.EventReplacedByDefined;
import dev.eventcontracts.rule.lint.EventSchemaDefined;
import dev.eventcontracts.rule.lint.EventServiceDefined;
import dev.eventcontracts.rule.lint.ExampleValid;
import dev.eventcontracts.rule.lint.ServiceFileNameMatch;
import dev.eventcontracts.rule.lint.TeamDefined;
import dev.eventcontracts.rule.lint.TopicKeyDefined;
import dev.eventcontracts.rule.lint.TopicNamePattern;
import dev.eventcontracts.rule.lint.TopicSingleEvent;
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
    return List.of(
        new DomainDefined(),
        new EnvironmentPromoteFromDefined(),
        new EventActiveProducer(),
        new EventConfidentialKeyHeader(),
        new EventDeprecationSunset(),
        new EventFileNameMatch(),
        new EventHeaderContract(),
        new EventMultiTenantId(),
        new EventNamePascalCase(),
        new EventNameUnique(),
        new EventNoConsumers(),
        new EventReplacedByDefined(),
        new EventSchemaDefined(),
        new EventServiceDefined(),
        new ExampleValid(),
        new ServiceFileNameMatch(),
        new TeamDefined(),
        new TopicKeyDefined(),
        new TopicNamePattern(),
        new TopicSingleEvent());
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
