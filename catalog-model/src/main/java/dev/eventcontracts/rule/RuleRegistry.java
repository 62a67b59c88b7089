package dev.eventcontracts.rule;

import dev.eventcontracts.rule.lint.CommentEnum;
import dev.eventcontracts.rule.lint.CommentEnumValue;
import dev.eventcontracts.rule.lint.CommentField;
import dev.eventcontracts.rule.lint.CommentMessage;
import dev.eventcontracts.rule.lint.CommentOneof;
import dev.eventcontracts.rule.lint.EnumPascalCase;
import dev.eventcontracts.rule.lint.EnumValuePrefix;
import dev.eventcontracts.rule.lint.EnumValueUpperSnakeCase;
import dev.eventcontracts.rule.lint.EnumZeroValueSuffix;
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
        new CommentEnum(),
        new CommentEnumValue(),
        new CommentField(),
        new CommentMessage(),
        new CommentOneof(),
        new EnumPascalCase(),
        new EnumValuePrefix(),
        new EnumValueUpperSnakeCase(),
        new EnumZeroValueSuffix(),
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
        new PackageVersionSuffix());
  }
}
