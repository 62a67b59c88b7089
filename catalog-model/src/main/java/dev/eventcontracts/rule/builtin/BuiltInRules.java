package dev.eventcontracts.rule.builtin;

import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.LoadRule;
import dev.eventcontracts.rule.RuleMeta;
import dev.eventcontracts.rule.VerifyRule;
import dev.eventcontracts.rule.breaking.CatalogSameSubjectNameStrategy;
import dev.eventcontracts.rule.breaking.EnumNoDelete;
import dev.eventcontracts.rule.breaking.EnumSameJsonFormat;
import dev.eventcontracts.rule.breaking.EnumSameType;
import dev.eventcontracts.rule.breaking.EnumValueNoDelete;
import dev.eventcontracts.rule.breaking.EnumValueSameName;
import dev.eventcontracts.rule.breaking.EventCompatibilityNoLoosen;
import dev.eventcontracts.rule.breaking.EventNoDelete;
import dev.eventcontracts.rule.breaking.EventSameEncoding;
import dev.eventcontracts.rule.breaking.EventSameMessage;
import dev.eventcontracts.rule.breaking.EventSameRequiredHeaders;
import dev.eventcontracts.rule.breaking.FieldNoDelete;
import dev.eventcontracts.rule.breaking.FieldNumberNoReuse;
import dev.eventcontracts.rule.breaking.FieldSameDefault;
import dev.eventcontracts.rule.breaking.FieldSameJsonName;
import dev.eventcontracts.rule.breaking.FieldSameJstype;
import dev.eventcontracts.rule.breaking.FieldSameName;
import dev.eventcontracts.rule.breaking.FieldSameOneof;
import dev.eventcontracts.rule.breaking.FieldSameUtf8Validation;
import dev.eventcontracts.rule.breaking.FieldWireCompatibleCardinality;
import dev.eventcontracts.rule.breaking.FieldWireCompatibleType;
import dev.eventcontracts.rule.breaking.FieldWireJsonCompatibleCardinality;
import dev.eventcontracts.rule.breaking.FieldWireJsonCompatibleType;
import dev.eventcontracts.rule.breaking.FileSamePackage;
import dev.eventcontracts.rule.breaking.MessageNoDelete;
import dev.eventcontracts.rule.breaking.MessageSameJsonFormat;
import dev.eventcontracts.rule.breaking.MessageSameRequiredFields;
import dev.eventcontracts.rule.breaking.ReservedEnumNoDelete;
import dev.eventcontracts.rule.breaking.ReservedMessageNoDelete;
import dev.eventcontracts.rule.breaking.RpcNoDelete;
import dev.eventcontracts.rule.breaking.RpcSameClientStreaming;
import dev.eventcontracts.rule.breaking.RpcSameIdempotencyLevel;
import dev.eventcontracts.rule.breaking.RpcSameRequestType;
import dev.eventcontracts.rule.breaking.RpcSameResponseType;
import dev.eventcontracts.rule.breaking.RpcSameServerStreaming;
import dev.eventcontracts.rule.breaking.ServiceNoDelete;
import dev.eventcontracts.rule.breaking.TopicNoDelete;
import dev.eventcontracts.rule.breaking.TopicSameKey;
import dev.eventcontracts.rule.lint.BreakingExceptionComplete;
import dev.eventcontracts.rule.lint.CatalogNoTodo;
import dev.eventcontracts.rule.lint.CodeownersCurrent;
import dev.eventcontracts.rule.lint.CommentEnum;
import dev.eventcontracts.rule.lint.CommentEnumValue;
import dev.eventcontracts.rule.lint.CommentField;
import dev.eventcontracts.rule.lint.CommentMessage;
import dev.eventcontracts.rule.lint.CommentOneof;
import dev.eventcontracts.rule.lint.DomainDefined;
import dev.eventcontracts.rule.lint.EnumPascalCase;
import dev.eventcontracts.rule.lint.EnumValuePrefix;
import dev.eventcontracts.rule.lint.EnumValueUpperSnakeCase;
import dev.eventcontracts.rule.lint.EnumZeroValueSuffix;
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
import dev.eventcontracts.rule.lint.FieldLowerSnakeCase;
import dev.eventcontracts.rule.lint.FieldStandardName;
import dev.eventcontracts.rule.lint.FieldStandardType;
import dev.eventcontracts.rule.lint.FileLowerSnakeCase;
import dev.eventcontracts.rule.lint.MessageNoUnused;
import dev.eventcontracts.rule.lint.MessagePascalCase;
import dev.eventcontracts.rule.lint.OneofLowerSnakeCase;
import dev.eventcontracts.rule.lint.PackageDefined;
import dev.eventcontracts.rule.lint.PackageDirectoryMatch;
import dev.eventcontracts.rule.lint.PackageLowerSnakeCase;
import dev.eventcontracts.rule.lint.PackageNoImportCycle;
import dev.eventcontracts.rule.lint.PackageVersionSuffix;
import dev.eventcontracts.rule.lint.ServiceFileNameMatch;
import dev.eventcontracts.rule.lint.TeamDefined;
import dev.eventcontracts.rule.lint.TopicKeyDefined;
import dev.eventcontracts.rule.lint.TopicNamePattern;
import dev.eventcontracts.rule.lint.TopicSingleEvent;
import dev.eventcontracts.rule.load.YamlNoDuplicateKey;
import dev.eventcontracts.rule.load.YamlNoUnknownKey;
import dev.eventcontracts.rule.load.YamlRequiredKey;
import dev.eventcontracts.rule.load.YamlValueType;
import dev.eventcontracts.rule.verify.RegionSameSchemaId;
import dev.eventcontracts.rule.verify.RegionSameVersion;
import dev.eventcontracts.rule.verify.RegionSubjectMissing;
import dev.eventcontracts.rule.verify.RegistryListingComplete;
import dev.eventcontracts.rule.verify.SubjectCompatibilityDrift;
import dev.eventcontracts.rule.verify.SubjectMissing;
import dev.eventcontracts.rule.verify.SubjectReferenceDrift;
import dev.eventcontracts.rule.verify.SubjectSchemaDrift;
import dev.eventcontracts.rule.verify.SubjectUnmanaged;
import java.util.ArrayList;
import java.util.List;

/**
 * Every rule the tool ships, one sorted list per family. A test checks each rule class is listed
 * here; the engine hands these lists to the runner and their metadata to the configuration
 * resolver, so no rule looks anything up here.
 */
public final class BuiltInRules {

  private BuiltInRules() {}

  /** Checks of what the loader read past (unknown keys, wrong types), sorted by ID. */
  public static List<LoadRule> loadRules() {
    return List.of(
        new YamlNoDuplicateKey(),
        new YamlNoUnknownKey(),
        new YamlRequiredKey(),
        new YamlValueType());
  }

  /** Rules of {@code catalog lint}, sorted by ID. */
  public static List<LintRule> lintRules() {
    return List.of(
        new BreakingExceptionComplete(),
        new CatalogNoTodo(),
        new CodeownersCurrent(),
        new CommentEnum(),
        new CommentEnumValue(),
        new CommentField(),
        new CommentMessage(),
        new CommentOneof(),
        new DomainDefined(),
        new EnumPascalCase(),
        new EnumValuePrefix(),
        new EnumValueUpperSnakeCase(),
        new EnumZeroValueSuffix(),
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
        new FieldLowerSnakeCase(),
        new FieldStandardName(),
        new FieldStandardType(),
        new FileLowerSnakeCase(),
        new MessageNoUnused(),
        new MessagePascalCase(),
        new OneofLowerSnakeCase(),
        new PackageDefined(),
        new PackageDirectoryMatch(),
        new PackageLowerSnakeCase(),
        new PackageNoImportCycle(),
        new PackageVersionSuffix(),
        new ServiceFileNameMatch(),
        new TeamDefined(),
        new TopicKeyDefined(),
        new TopicNamePattern(),
        new TopicSingleEvent());
  }

  /** Rules of {@code catalog breaking}, sorted by ID. */
  public static List<BreakingRule> breakingRules() {
    return List.of(
        new CatalogSameSubjectNameStrategy(),
        new EnumNoDelete(),
        new EnumSameJsonFormat(),
        new EnumSameType(),
        new EnumValueNoDelete(),
        new EnumValueSameName(),
        new EventCompatibilityNoLoosen(),
        new EventNoDelete(),
        new EventSameEncoding(),
        new EventSameMessage(),
        new EventSameRequiredHeaders(),
        new FieldNoDelete(),
        new FieldNumberNoReuse(),
        new FieldSameDefault(),
        new FieldSameJsonName(),
        new FieldSameJstype(),
        new FieldSameName(),
        new FieldSameOneof(),
        new FieldSameUtf8Validation(),
        new FieldWireCompatibleCardinality(),
        new FieldWireCompatibleType(),
        new FieldWireJsonCompatibleCardinality(),
        new FieldWireJsonCompatibleType(),
        new FileSamePackage(),
        new MessageNoDelete(),
        new MessageSameJsonFormat(),
        new MessageSameRequiredFields(),
        new ReservedEnumNoDelete(),
        new ReservedMessageNoDelete(),
        new RpcNoDelete(),
        new RpcSameClientStreaming(),
        new RpcSameIdempotencyLevel(),
        new RpcSameRequestType(),
        new RpcSameResponseType(),
        new RpcSameServerStreaming(),
        new ServiceNoDelete(),
        new TopicNoDelete(),
        new TopicSameKey());
  }

  /** Rules of {@code catalog verify}, sorted by ID. */
  public static List<VerifyRule> verifyRules() {
    return List.of(
        new RegionSameSchemaId(),
        new RegionSameVersion(),
        new RegionSubjectMissing(),
        new RegistryListingComplete(),
        new SubjectCompatibilityDrift(),
        new SubjectMissing(),
        new SubjectReferenceDrift(),
        new SubjectSchemaDrift(),
        new SubjectUnmanaged());
  }

  /** The metadata of every rule of every family: load, lint, breaking, verify, each by ID. */
  public static List<RuleMeta> all() {
    List<RuleMeta> all = new ArrayList<>();
    loadRules().forEach(r -> all.add(r.meta()));
    lintRules().forEach(r -> all.add(r.meta()));
    breakingRules().forEach(r -> all.add(r.meta()));
    verifyRules().forEach(r -> all.add(r.meta()));
    return List.copyOf(all);
  }
}
