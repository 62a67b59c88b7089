package dev.eventcontracts.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalog files are read strictly: typos, duplicates and wrong types are findings. */
class StrictYamlTest {

  @TempDir Path dir;

  @Test
  void cleanCatalogHasNoFindings() {
    assertEquals(List.of(), TestCatalog.in(dir).allFindings());
  }

  @Test
  void unknownKeySuggestsTheKnownOne() {
    TestCatalog catalog =
        TestCatalog.in(dir).replace(TestCatalog.EVENT_FILE, "consumers:", "consumer:");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":10:1: unknown key \"consumer\"; did you mean \"consumers\"?"),
        catalog.findings("YAML_NO_UNKNOWN_KEY"));
  }

  @Test
  void unknownNestedKeyNamesItsParent() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.EVENT_FILE, "key: conversation_id", "keys: conversation_id");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":8:40: unknown key \"keys\" in topics[0]; did you mean \"key\"?"),
        catalog.findings("YAML_NO_UNKNOWN_KEY"));
  }

  @Test
  void duplicateKey() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.EVENT_FILE, "version: 1\n", "version: 1\nversion: 2\n");
    assertEquals(
        List.of(TestCatalog.EVENT_FILE + ":3:1: duplicate key \"version\" (first at line 2)"),
        catalog.findings("YAML_NO_DUPLICATE_KEY"));
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
  void missingRequiredKeys() {
    TestCatalog catalog =
        TestCatalog.in(dir).replace(TestCatalog.EVENT_FILE, "owner: messaging\n", "");
    assertEquals(
        List.of(TestCatalog.EVENT_FILE + ":1:1: missing required key \"owner\""),
        catalog.findings("YAML_REQUIRED_KEY"));
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

  @Test
  void ignoreGlobsSuppressFindingsUnderAPath() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.EVENT_FILE, "consumers:", "consumer:")
            .replace(
                "catalog.yaml",
                "reviewers:",
                "lint: { ignore: { YAML_NO_UNKNOWN_KEY: [\"domains/messaging/**\"] } }\nreviewers:");
    assertEquals(List.of(), catalog.findings("YAML_NO_UNKNOWN_KEY"));
  }
}
