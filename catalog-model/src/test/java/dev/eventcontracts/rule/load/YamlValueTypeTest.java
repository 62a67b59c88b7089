package dev.eventcontracts.rule.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every value has the type and an allowed value of the format. */
class YamlValueTypeTest {

  @TempDir Path dir;

  @Test
  void silentOnTheCleanCatalog() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("YAML_VALUE_TYPE"));
  }

  @Test
  void wrongTypes() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.EVENT_FILE, "version: 1", "version: one")
            .replace(TestCatalog.EVENT_FILE, "producers: [chat-service]", "producers: chat-service")
            .replace(TestCatalog.EVENT_FILE, "tenancy: multi", "tenancy: many");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE + ":2:10: \"version\" must be a whole number, not a string",
            TestCatalog.EVENT_FILE + ":9:12: \"producers\" must be a list, not a string",
            TestCatalog.EVENT_FILE
                + ":12:10: \"tenancy\" must be one of single, multi, not \"many\""),
        catalog.findings("YAML_VALUE_TYPE"));
  }

  @Test
  void compatibilityModesAreValidated() {
    TestCatalog catalog =
        TestCatalog.in(dir).replace("catalog.yaml", "BACKWARD_TRANSITIVE", "BACKWARDS_TRANSITIVE");
    assertEquals(
        List.of(
            "catalog.yaml:8:18: \"defaults.compatibility\" must be one of NONE, BACKWARD,"
                + " BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE, not"
                + " \"BACKWARDS_TRANSITIVE\"; did you mean \"BACKWARD_TRANSITIVE\"?"),
        catalog.findings("YAML_VALUE_TYPE"));
  }
}
