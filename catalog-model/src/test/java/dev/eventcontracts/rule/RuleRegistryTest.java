package dev.eventcontracts.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule class is registered, named after its ID, summarized, and documented in README. */
class RuleRegistryTest {

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

  private static Set<String> registeredIds() {
    Set<String> ids = new HashSet<>();
    RuleRegistry.loadRules().forEach(m -> ids.add(m.id()));
    for (java.lang.reflect.Method method : RuleRegistry.class.getMethods()) {
      if (method.getDeclaringClass() == RuleRegistry.class
          && method.getParameterCount() == 0
          && List.class.isAssignableFrom(method.getReturnType())) {
        try {
          for (Object item : (List<?>) method.invoke(null)) {
            if (item instanceof Rule<?> rule) {
              ids.add(rule.meta().id());
            } else if (item instanceof RuleMeta meta) {
              ids.add(meta.id());
            } else if (item instanceof LoadRule load) {
              ids.add(load.meta().id());
            }
          }
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(method.getName(), e);
        }
      }
    }
    return ids;
  }

  @Test
  void everyRuleClassIsNamedAfterItsIdAndRegistered() throws Exception {
    List<Class<?>> classes = ruleClasses();
    assertTrue(classes.size() >= 20, "found " + classes.size());
    Set<String> registered = registeredIds();
    for (Class<?> type : classes) {
      RuleMeta meta = RuleMeta.of(type);
      assertEquals(upperCamel(meta.id()), type.getSimpleName(), "class name of " + meta.id());
      assertTrue(registered.contains(meta.id()), meta.id() + " is not in RuleRegistry");
      assertTrue(meta.summary().endsWith("."), meta.id() + " summary is one sentence");
    }
  }

  @Test
  void lintRulesAreSortedById() {
    List<String> ids = RuleRegistry.lintRules().stream().map(r -> r.meta().id()).toList();
    assertEquals(ids.stream().sorted().toList(), ids);
  }

  @Test
  void everyRuleIsDocumentedInReadme() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    for (Class<?> type : ruleClasses()) {
      String id = RuleMeta.of(type).id();
      assertTrue(readme.contains("`" + id + "`"), id + " is not documented in README.md");
    }
  }

  private static String upperCamel(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("_")) {
      out.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return out.toString();
  }
}
