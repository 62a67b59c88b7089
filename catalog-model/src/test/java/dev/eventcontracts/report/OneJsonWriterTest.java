package dev.eventcontracts.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every JSON document the tool prints goes through {@link JsonText}, so all of them are indented,
 * ordered and ended alike. The registry client is left out: it writes request bodies, not output.
 */
class OneJsonWriterTest {

  private static final JavaClasses ENGINE =
      new ClassFileImporter().importPath(Path.of("target", "classes"));

  @Test
  void onlyJsonTextWritesJson() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(JsonText.class.getName())
        .and()
        .resideOutsideOfPackage("dev.eventcontracts.registry")
        .should()
        .callMethodWhere(
            new DescribedPredicate<JavaMethodCall>("a write method of an ObjectMapper") {
              @Override
              public boolean test(JavaMethodCall call) {
                JavaClass owner = call.getTargetOwner();
                return (owner.isAssignableTo(ObjectMapper.class)
                        || owner.isAssignableTo(ObjectWriter.class))
                    && call.getName().startsWith("write");
              }
            })
        .andShould()
        .dependOnClassesThat()
        .areAssignableTo(JsonGenerator.class)
        .because("JsonText is the one writer of JSON output")
        .check(ENGINE);
  }
}
