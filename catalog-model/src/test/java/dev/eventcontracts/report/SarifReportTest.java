package dev.eventcontracts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventcontracts.rule.builtin.BuiltInRules;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode sarif(Report report) throws Exception {
    JsonNode log = MAPPER.readTree(ReportFormat.SARIF.render(report));
    assertShapeGithubAccepts(log);
    return log;
  }

  @Test
  void describesTheToolAndEveryRuleThatRan() throws Exception {
    JsonNode driver = sarif(SampleReports.lintWithFindings()).at("/runs/0/tool/driver");

    assertEquals("catalog", driver.get("name").asText());
    assertEquals(Tool.current().version(), driver.get("version").asText());
    assertTrue(URI.create(driver.get("informationUri").asText()).isAbsolute());
    assertEquals(3, driver.get("rules").size());
    JsonNode rule = driver.get("rules").get(2);
    assertEquals("FIELD_LOWER_SNAKE_CASE", rule.get("id").asText());
    assertEquals("FieldLowerSnakeCase", rule.get("name").asText());
    assertEquals(
        "Field names are lower_snake_case, as protobuf's style guide asks.",
        rule.at("/shortDescription/text").asText());
    assertEquals("error", rule.at("/defaultConfiguration/level").asText());
    assertEquals("warning", driver.at("/rules/0/defaultConfiguration/level").asText());
    assertTrue(rule.at("/help/text").asText().contains("Category: STYLE"));
  }

  @Test
  void eachFindingIsAResultAtItsRelativePathLineAndColumn() throws Exception {
    JsonNode results = sarif(SampleReports.lintWithFindings()).at("/runs/0/results");

    assertEquals(3, results.size());
    JsonNode result = results.get(2);
    assertEquals("FIELD_LOWER_SNAKE_CASE", result.get("ruleId").asText());
    assertEquals(2, result.get("ruleIndex").asInt());
    assertEquals("error", result.get("level").asText());
    assertEquals(
        "Field name \"tenantId\" should be lower_snake_case, such as \"tenant_id\".",
        result.at("/message/text").asText());
    JsonNode physical = result.at("/locations/0/physicalLocation");
    assertEquals(
        "schemas/acme/chat/v1/message_sent.proto", physical.at("/artifactLocation/uri").asText());
    assertEquals("%SRCROOT%", physical.at("/artifactLocation/uriBaseId").asText());
    assertEquals(12, physical.at("/region/startLine").asInt());
    assertEquals(3, physical.at("/region/startColumn").asInt());
  }

  @Test
  void leavesOutTheRegionPartsThatAreUnknown() throws Exception {
    JsonNode results = sarif(SampleReports.lintWithFindings()).at("/runs/0/results");

    JsonNode fileOnly = results.get(0).at("/locations/0/physicalLocation");
    assertFalse(fileOnly.has("region"));
    assertEquals("warning", results.get(0).get("level").asText());
    JsonNode lineOnly = results.get(1).at("/locations/0/physicalLocation/region");
    assertEquals(9, lineOnly.get("startLine").asInt());
    assertFalse(lineOnly.has("startColumn"));
  }

  @Test
  void pathsBecomeUriReferences() throws Exception {
    JsonNode log = sarif(SampleReports.hostile("schemas/my events/grüße#1.proto", "m"));

    String uri =
        log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText();
    assertEquals("schemas/my%20events/gr%C3%BC%C3%9Fe%231.proto", uri);
    assertEquals("schemas/my events/grüße#1.proto", URI.create(uri).getPath());
  }

  @Test
  void theCommandNamesTheCodeScanningCategory() throws Exception {
    JsonNode log = sarif(SampleReports.hostile("a.proto", "m"));

    assertEquals("catalog/breaking/", log.at("/runs/0/automationDetails/id").asText());
  }

  @Test
  void aCleanReportStillDescribesItsRules() throws Exception {
    JsonNode run = sarif(SampleReports.clean()).at("/runs/0");

    assertEquals(0, run.get("results").size());
    assertEquals(2, run.at("/tool/driver/rules").size());
  }

  @Test
  void everyRuleLinksToItsEntryInTheRulesDocument() throws Exception {
    JsonNode rules = sarif(SampleReports.lintWithFindings()).at("/runs/0/tool/driver/rules");

    for (JsonNode rule : rules) {
      String id = rule.get("id").asText();
      assertEquals(
          "https://github.com/eventcontracts/catalog/blob/main/docs/rules.md#"
              + id.toLowerCase(Locale.ROOT),
          rule.get("helpUri").asText(),
          id);
    }
  }

  @Test
  void theHelpUriOfEveryBuiltInRuleFindsItsAnchorInDocsRulesMd() throws Exception {
    String docs = Files.readString(Path.of("..", RuleDocs.DOCUMENT));
    Report all = new Report("lint", BuiltInRules.all(), List.of(), List.of());

    for (JsonNode rule : sarif(all).at("/runs/0/tool/driver/rules")) {
      String uri = rule.get("helpUri").asText();
      assertTrue(uri.startsWith(Tool.current().informationUri() + "/blob/main/docs/rules.md#"));
      String anchor = URI.create(uri).getFragment();
      assertTrue(
          docs.contains("<a name=\"" + anchor + "\"></a>`" + rule.get("id").asText() + "`"),
          uri + " points at no anchor of docs/rules.md");
    }
  }

  /** What GitHub code scanning requires of an uploaded SARIF file. */
  static void assertShapeGithubAccepts(JsonNode log) {
    assertEquals("2.1.0", log.get("version").asText());
    assertEquals(SarifReport.SCHEMA, log.get("$schema").asText());
    assertEquals(1, log.get("runs").size());
    JsonNode run = log.get("runs").get(0);
    JsonNode rules = run.at("/tool/driver/rules");
    assertTrue(rules.isArray());
    Set<String> ids = new HashSet<>();
    for (JsonNode rule : rules) {
      assertTrue(ids.add(rule.get("id").asText()), "rule IDs are unique");
      assertFalse(rule.at("/shortDescription/text").asText().isEmpty());
      assertFalse(rule.at("/fullDescription/text").asText().isEmpty());
      assertTrue(
          Set.of("error", "warning", "note")
              .contains(rule.at("/defaultConfiguration/level").asText()));
    }
    for (JsonNode result : run.get("results")) {
      int index = result.get("ruleIndex").asInt();
      assertEquals(rules.get(index).get("id").asText(), result.get("ruleId").asText());
      assertFalse(result.at("/message/text").asText().isEmpty());
      assertEquals(1, result.get("locations").size());
      JsonNode physical = result.at("/locations/0/physicalLocation");
      URI uri = URI.create(physical.at("/artifactLocation/uri").asText());
      assertFalse(uri.isAbsolute(), "paths are relative to the catalog root");
      if (physical.has("region")) {
        assertTrue(physical.at("/region/startLine").asInt() >= 1);
        if (physical.at("/region").has("startColumn")) {
          assertTrue(physical.at("/region/startColumn").asInt() >= 1);
        }
      }
    }
  }
}
