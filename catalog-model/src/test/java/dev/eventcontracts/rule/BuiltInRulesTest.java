package dev.eventcontracts.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.rule.builtin.BuiltInRules;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule class is registered in its family's sorted list, named after its ID, summarized in one
 * sentence, tested by a class of its own, and documented.
 */
class BuiltInRulesTest {

  private static List<Class<?>> ruleClasses() throws IOException, URISyntaxException {
    Path classes =
        Path.of(RuleInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> rules = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(classes)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
        if (name.contains("$")) {
          continue;
        }
        try {
          Class<?> type = Class.forName(name, false, RuleInfo.class.getClassLoader());
          if (type.isAnnotationPresent(RuleInfo.class)) {
            rules.add(type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          throw new AssertionError(name, e);
        }
      }
    }
    return rules;
  }

  @Test
  void everyRuleClassIsNamedAfterItsIdAndRegistered() throws Exception {
    List<Class<?>> classes = ruleClasses();
    assertTrue(classes.size() >= 20, "found " + classes.size());
    Set<String> registered =
        BuiltInRules.all().stream().map(RuleMeta::id).collect(Collectors.toSet());
    for (Class<?> type : classes) {
      RuleMeta meta = RuleMeta.of(type);
      assertEquals(upperCamel(meta.id()), type.getSimpleName(), "class name of " + meta.id());
      assertTrue(registered.contains(meta.id()), meta.id() + " is not in BuiltInRules");
      assertTrue(meta.summary().endsWith("."), meta.id() + " summary is one sentence");
    }
    assertEquals(classes.size(), BuiltInRules.all().size(), "a rule is listed twice");
  }

  @Test
  void everyListIsSortedById() {
    for (List<? extends Rule<?>> rules :
        List.of(
            BuiltInRules.loadRules(),
            BuiltInRules.lintRules(),
            BuiltInRules.breakingRules(),
            BuiltInRules.verifyRules())) {
      List<String> ids = rules.stream().map(r -> r.meta().id()).toList();
      assertEquals(ids.stream().sorted().toList(), ids);
    }
  }

  @Test
  void everyRuleSitsInTheListOfItsFamilyAndACategoryOfThatFamily() {
    BuiltInRules.loadRules().forEach(r -> assertEquals(RuleFamily.LOAD, r.meta().family()));
    BuiltInRules.lintRules().forEach(r -> assertEquals(RuleFamily.LINT, r.meta().family()));
    BuiltInRules.breakingRules().forEach(r -> assertEquals(RuleFamily.BREAKING, r.meta().family()));
    BuiltInRules.verifyRules().forEach(r -> assertEquals(RuleFamily.VERIFY, r.meta().family()));
    for (RuleMeta rule : BuiltInRules.all()) {
      RuleFamily family = rule.family() == RuleFamily.LOAD ? RuleFamily.LINT : rule.family();
      assertEquals(family, rule.category().family(), rule.id() + " in " + rule.category());
    }
  }

  @Test
  void everyRuleHasATestClass() throws Exception {
    Path tests = Path.of("src", "test", "java");
    for (Class<?> type : ruleClasses()) {
      Path test = tests.resolve(type.getName().replace('.', '/') + "Test.java");
      assertTrue(Files.isRegularFile(test), type.getSimpleName() + " has no test class " + test);
    }
  }

  @Test
  void everyRuleIsDocumentedInReadme() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    for (Class<?> type : ruleClasses()) {
      String id = RuleMeta.of(type).id();
      assertTrue(readme.contains("`" + id + "`"), id + " is not documented in README.md");
    }
  }

  @Test
  void everyBreakingRuleIsInTheCompatibilityDocument() throws Exception {
    String compatibility = Files.readString(Path.of("..", "docs", "compatibility.md"));
    for (BreakingRule rule : BuiltInRules.breakingRules()) {
      String id = rule.meta().id();
      assertTrue(compatibility.contains(id), id + " is not in docs/compatibility.md");
    }
  }

  private static String upperCamel(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("_")) {
      out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
