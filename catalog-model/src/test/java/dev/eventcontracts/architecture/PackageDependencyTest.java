package dev.eventcontracts.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's packages depend one way: {@code source} ← {@code model} ← {@code load} ← {@code
 * rule} ← {@code engine}, with the subjects of rules ({@code breaking}, {@code registry}) below
 * {@code rule} and the renderers ({@code diff}, {@code report}) above it. Each row says which of
 * the engine's packages a package may use; anything else it imports fails here, naming the class.
 */
class PackageDependencyTest {

  private static final String ROOT = "dev.eventcontracts";

  /** The rule types every family and every report shares; nothing else of {@code rule} is. */
  private static final Set<String> SHARED_RULE_TYPES =
      Set.of("Finding", "Severity", "RuleMeta", "Category", "RuleFamily");

  /** Package (relative to the root, "" for the root itself) → the engine packages it may use. */
  private static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

  static {
    ALLOWED.put("", List.of());
    ALLOWED.put("suggest", List.of());
    ALLOWED.put("source", List.of("", "suggest"));
    ALLOWED.put("model", List.of(""));
    ALLOWED.put("load", List.of("", "suggest", "source", "model"));
    ALLOWED.put("breaking", List.of("", "model"));
    ALLOWED.put("registry", List.of("", "model"));
    ALLOWED.put("owners", List.of("", "model"));
    ALLOWED.put("scaffold", List.of("", "model"));
    ALLOWED.put("importing", List.of("", "model", "source", "load", "registry"));
    ALLOWED.put("rule", List.of("", "suggest", "model", "load", "breaking", "registry"));
    for (String family : List.of("rule.load", "rule.lint", "rule.breaking", "rule.verify")) {
      ALLOWED.put(family, List.of("", "suggest", "model", "load", "breaking", "registry", "rule"));
    }
    ALLOWED.put(
        "rule.lint",
        List.of("", "suggest", "model", "load", "breaking", "registry", "rule", "owners"));
    ALLOWED.put(
        "rule.builtin",
        List.of("rule", "rule.load", "rule.lint", "rule.breaking", "rule.verify", "model"));
    ALLOWED.put("diff", List.of("", "suggest", "model", "breaking", "rule"));
    ALLOWED.put("approvals", List.of("", "model", "diff"));
    ALLOWED.put(
        "report", List.of("", "model", "breaking", "registry", "diff", "rule", "approvals"));
    ALLOWED.put("docs", List.of("", "model", "load", "registry", "diff", "rule", "report"));
    ALLOWED.put("contracts", List.of("", "model", "diff", "rule"));
  }

  private static final JavaClasses ENGINE =
      new ClassFileImporter().importPath(Path.of("target", "classes"));

  static List<String> packages() {
    return ALLOWED.keySet().stream().map(p -> p.isEmpty() ? "(root)" : p).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packages")
  void usesOnlyThePackagesBelowIt(String row) {
    String pkg = row.equals("(root)") ? "" : row;
    List<String> allowed = new ArrayList<>(ALLOWED.get(pkg));
    allowed.add(pkg);
    noClasses()
        .that()
        .resideInAPackage(name(pkg))
        .should()
        .dependOnClassesThat(engineClassOutside(allowed))
        .because(
            "package "
                + name(pkg)
                + " may use only "
                + allowed.stream().map(PackageDependencyTest::name).toList())
        .check(ENGINE);
  }

  @Test
  void subjectsAndRenderersUseOnlyTheSharedRuleTypes() {
    noClasses()
        .that()
        .resideInAnyPackage(
            name("breaking"),
            name("registry"),
            name("diff"),
            name("report"),
            name("docs"),
            name("contracts"))
        .should()
        .dependOnClassesThat(
            new DescribedPredicate<JavaClass>("rule types other than " + SHARED_RULE_TYPES) {
              @Override
              public boolean test(JavaClass c) {
                return c.getPackageName().equals(name("rule"))
                    && !SHARED_RULE_TYPES.contains(c.getSimpleName().replaceAll("\\$.*", ""))
                    && !SHARED_RULE_TYPES.contains(
                        c.getEnclosingClass().map(JavaClass::getSimpleName).orElse(""));
              }
            })
        .check(ENGINE);
  }

  @Test
  void everyEnginePackageHasARow() {
    List<String> missing =
        ENGINE.stream()
            .map(JavaClass::getPackageName)
            .distinct()
            .filter(p -> !p.equals(name("engine")))
            .filter(p -> !ALLOWED.containsKey(relative(p)))
            .sorted()
            .toList();
    org.junit.jupiter.api.Assertions.assertEquals(List.of(), missing, "packages without a row");
  }

  private static DescribedPredicate<JavaClass> engineClassOutside(List<String> allowed) {
    List<String> names = allowed.stream().map(PackageDependencyTest::name).toList();
    return new DescribedPredicate<>("engine classes outside " + names) {
      @Override
      public boolean test(JavaClass c) {
        String p = c.getPackageName();
        return (p.equals(ROOT) || p.startsWith(ROOT + ".")) && !names.contains(p);
      }
    };
  }

  private static String name(String pkg) {
    return pkg.isEmpty() ? ROOT : ROOT + "." + pkg;
  }

  private static String relative(String pkg) {
    return pkg.equals(ROOT) ? "" : pkg.substring(ROOT.length() + 1);
  }
}
