package dev.eventcontracts.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.engine.BreakingRequest;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.rule.builtin.BuiltInRules;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One configuration for every family of rules: {@code except} and {@code ignore} reach load
 * findings as they reach lint findings, and every rule or category a catalog names anywhere must
 * exist.
 */
class RulesConfigTest {

  @TempDir Path dir;

  /**
   * Puts {@code yaml} into catalog.yaml just before its last line, {@code reviewers:} (line 23).
   */
  private TestCatalog withSettings(String yaml) {
    return TestCatalog.in(dir).replace("catalog.yaml", "reviewers:", yaml + "\nreviewers:");
  }

  /** A catalog with one load finding and one lint finding, both of category STRUCTURE. */
  private TestCatalog withStructureMistakes(TestCatalog catalog) {
    return catalog
        .delete(TestCatalog.EVENT_FILE)
        .write(
            TestCatalog.EVENT_FILE.replace("message-sent", "sent-message"),
            TestCatalog.EVENT_YAML.replace("consumers:", "consumer:"));
  }

  @Test
  void theCleanCatalogHasNoFindings() {
    assertEquals(List.of(), TestCatalog.in(dir).allFindings());
  }

  @Test
  void aCategoryInExceptSwitchesOffItsLoadRulesAsWellAsItsLintRules() {
    String moved = "domains/messaging/events/sent-message.yaml";
    TestCatalog plain = withStructureMistakes(TestCatalog.in(dir));
    assertEquals(
        List.of(moved + ":1:7: EVENT_FILE_NAME_MATCH", moved + ":10:1: YAML_NO_UNKNOWN_KEY"),
        plain.lint().report().findings().stream()
            .filter(f -> f.rule().startsWith("EVENT_FILE") || f.rule().startsWith("YAML"))
            .filter(f -> f.location().path().equals(moved))
            .map(f -> f.location() + ": " + f.rule())
            .toList());

    TestCatalog excepted = withStructureMistakes(withSettings("lint: { except: [STRUCTURE] }"));
    assertEquals(
        List.of(),
        excepted.lint().report().findings().stream()
            .filter(f -> RuleMeta.of(ruleClass(f.rule())).category() == Category.STRUCTURE)
            .map(f -> f.location() + ": " + f.rule())
            .toList());
  }

  @Test
  void aLoadRuleIsSwitchedOffByItsIdAndIgnoredByItsCategory() {
    assertEquals(
        List.of(),
        withSettings("lint: { except: [YAML_NO_UNKNOWN_KEY] }")
            .replace(TestCatalog.EVENT_FILE, "consumers:", "consumer:")
            .findings("YAML_NO_UNKNOWN_KEY"));
    assertEquals(
        List.of(),
        withSettings("lint: { ignore: { STRUCTURE: [domains/messaging] } }")
            .replace(TestCatalog.EVENT_FILE, "consumers:", "consumer:")
            .findings("YAML_NO_UNKNOWN_KEY"));
  }

  @Test
  void everyUnknownNameIsAnInputErrorAtItsLineWithTheClosestKnownName() {
    TestCatalog catalog =
        withSettings(
                """
                lint:
                  except: [EVENT_NO_CONSUMER, structure, FIELD_NO_DELETE]
                  ignore: { NOT_A_RULE: ["schemas/**"] }
                breaking:
                  except: [FIELD_NO_DELET]
                  exceptions:
                    - { rule: FIELD_NO_DELTE, event: MessageSent, reason: moved,
                        approvedBy: "@acme/architecture", expires: 2026-12-31 }""")
            .replace(
                TestCatalog.PROTO_FILE,
                "  string body = 4;",
                "  // catalog:ignore FIELD_LOWER_SNAKE\n  string body = 4;");
    CatalogException error = assertThrows(CatalogException.class, catalog::lint);
    assertEquals(CatalogException.INPUT, error.exitCode());
    assertEquals(
        List.of(
            "catalog.yaml:24:12: lint.except names unknown rule or category \"EVENT_NO_CONSUMER\";"
                + " did you mean \"EVENT_NO_CONSUMERS\"?",
            "catalog.yaml:24:31: lint.except names unknown rule or category \"structure\"; did you"
                + " mean \"STRUCTURE\"?",
            "catalog.yaml:24:42: lint.except names \"FIELD_NO_DELETE\", which belongs to the"
                + " breaking rules; configure it under \"breaking\".",
            "catalog.yaml:25:13: lint.ignore names unknown rule or category \"NOT_A_RULE\"",
            "catalog.yaml:27:12: breaking.except names unknown rule or category"
                + " \"FIELD_NO_DELET\"; did you mean \"FIELD_NO_DELETE\"?",
            "catalog.yaml:29:15: breaking.exceptions names unknown rule \"FIELD_NO_DELTE\"; did"
                + " you mean \"FIELD_NO_DELETE\"?",
            TestCatalog.PROTO_FILE
                + ":16: catalog:ignore names unknown rule \"FIELD_LOWER_SNAKE\"; did you mean"
                + " \"FIELD_LOWER_SNAKE_CASE\"?"),
        error.problems());
  }

  @Test
  void breakingRejectsAnUnknownNameToo(@TempDir Path before) {
    TestCatalog.in(before);
    withSettings("breaking: { except: [FIELD_NO_DELET] }");
    CatalogException error =
        assertThrows(
            CatalogException.class,
            () -> new CatalogEngine().breaking(new BreakingRequest(dir, before.toString())));
    assertEquals(
        List.of(
            "catalog.yaml:23:22: breaking.except names unknown rule or category"
                + " \"FIELD_NO_DELET\"; did you mean \"FIELD_NO_DELETE\"?"),
        error.problems());
  }

  @Test
  void strictMakesAWarningAnErrorAndLeavesErrorsAlone() {
    RulesConfig config =
        RulesConfig.resolve(
            TestCatalog.in(dir).lint().catalog().settings(), null, BuiltInRules.all());
    RuleMeta unmanaged = RuleMeta.of(dev.eventcontracts.rule.verify.SubjectUnmanaged.class);
    Finding warning =
        new Finding(unmanaged.id(), Severity.WARNING, SourceLocation.of("catalog.yaml"), null, "m");
    assertEquals(Severity.WARNING, config.verify(false).admit(unmanaged, warning).severity());
    assertEquals(Severity.ERROR, config.verify(true).admit(unmanaged, warning).severity());
  }

  private static Class<?> ruleClass(String id) {
    for (List<? extends Rule<?>> family :
        List.of(
            BuiltInRules.loadRules(),
            BuiltInRules.lintRules(),
            BuiltInRules.breakingRules(),
            BuiltInRules.verifyRules())) {
      for (Rule<?> rule : family) {
        if (rule.meta().id().equals(id)) {
          return rule.getClass();
        }
      }
    }
    throw new AssertionError(id);
  }
}
