package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.RuleFamily;
import dev.eventcontracts.rule.RuleMeta;
import dev.eventcontracts.rule.builtin.BuiltInRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code catalog rules}: every rule the tool runs, as a user or a tool reads them. */
class RulesCommandTest {

  private static final String DOCS =
      "https://github.com/eventcontracts/catalog/blob/main/docs/rules.md#";

  @Test
  void jsonListsEveryRuleOfEveryFamilyWithItsMetadataAndHelpUri() throws Exception {
    CliRun run = CliRun.catalog("rules", "--format", "json");

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(List.of("tool", "rules", "categories"), fieldNames(json));
    assertEquals("catalog", json.get("tool").asText());
    List<RuleMeta> all = BuiltInRules.all();
    assertEquals(all.size(), json.get("rules").size());
    for (int i = 0; i < all.size(); i++) {
      RuleMeta meta = all.get(i);
      JsonNode rule = json.get("rules").get(i);
      assertEquals(
          List.of("id", "family", "category", "severity", "summary", "helpUri"),
          fieldNames(rule),
          meta.id());
      assertEquals(meta.id(), rule.get("id").asText());
      assertEquals(meta.family().id(), rule.get("family").asText());
      assertEquals(meta.category().name(), rule.get("category").asText());
      assertEquals(meta.severity().id(), rule.get("severity").asText());
      assertEquals(meta.summary(), rule.get("summary").asText());
      assertEquals(DOCS + meta.id().toLowerCase(Locale.ROOT), rule.get("helpUri").asText());
    }
    JsonNode categories = json.get("categories");
    assertEquals(Category.values().length, categories.size());
    JsonNode wire = categories.get(Category.WIRE.ordinal());
    assertEquals(List.of("name", "family", "summary"), fieldNames(wire));
    assertEquals("WIRE", wire.get("name").asText());
    assertEquals("breaking", wire.get("family").asText());
    assertEquals(Category.WIRE.summary(), wire.get("summary").asText());
  }

  @Test
  void textIsAlignedColumnsUnderAHeaderOneRuleALine() {
    CliRun run = CliRun.catalog("rules");

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    String header = lines.get(0);
    assertTrue(header.matches("ID +FAMILY +CATEGORY +SEVERITY +SUMMARY"), header);
    assertEquals(BuiltInRules.all().size() + 1, lines.size());
    for (int i = 1; i < lines.size(); i++) {
      RuleMeta meta = BuiltInRules.all().get(i - 1);
      String line = lines.get(i);
      assertEquals(meta.id() + " ", column(line, header, "ID", "FAMILY").replaceAll(" +$", " "));
      assertEquals(meta.family().id(), column(line, header, "FAMILY", "CATEGORY").trim(), line);
      assertEquals(meta.category().name(), column(line, header, "CATEGORY", "SEVERITY").trim());
      assertEquals(meta.severity().id(), column(line, header, "SEVERITY", "SUMMARY").trim());
      assertEquals(meta.summary(), line.substring(header.indexOf("SUMMARY")), line);
    }
  }

  @Test
  void markdownHasTheCategoryTableAndASectionPerFamilyWithAnAnchorPerRule() {
    CliRun run = CliRun.catalog("rules", "--format", "MARKDOWN");

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    String markdown = run.out();
    assertTrue(markdown.startsWith("# Rules\n"), markdown);
    assertTrue(markdown.contains("\n## Categories\n\n| category | family | summary |\n"), markdown);
    assertTrue(
        markdown.contains("| `WIRE_JSON` | breaking | Data in the proto3 JSON mapping"), markdown);
    List<Integer> sections = new ArrayList<>();
    for (String family : List.of("Load", "Lint", "Breaking", "Verify")) {
      sections.add(markdown.indexOf("\n## " + family + " rules\n\n| rule | category |"));
    }
    assertTrue(sections.get(0) > markdown.indexOf("## Categories"), markdown);
    assertEquals(sections.stream().sorted().toList(), sections, "families in order");
    for (RuleMeta rule : BuiltInRules.all()) {
      String row =
          "| <a name=\""
              + rule.id().toLowerCase(Locale.ROOT)
              + "\"></a>`"
              + rule.id()
              + "` | "
              + rule.category()
              + " | "
              + rule.severity().id()
              + " | ";
      int at = markdown.indexOf(row);
      assertTrue(at > 0, rule.id() + " has no row with its anchor");
      int section = sections.get(rule.family().ordinal());
      int next =
          rule.family().ordinal() + 1 < RuleFamily.values().length
              ? sections.get(rule.family().ordinal() + 1)
              : markdown.length();
      assertTrue(at > section && at < next, rule.id() + " is not in its family's section");
    }
    assertTrue(
        markdown.contains("is named after its service: services/\\<name\\>.yaml. |"),
        "a summary's <name> is text, not an HTML tag");
  }

  @Test
  void docsRulesMdIsTheMarkdownOutput() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);

    CliRun run = CliRun.catalog("rules", "--format", "markdown");

    assertEquals(
        run.out(),
        docs,
        "docs/rules.md is not what `catalog rules --format markdown` prints; regenerate it with"
            + " ./catalog rules --format markdown --output docs/rules.md");
  }

  @Test
  void anUnknownFormatNamesTheValidOnes() {
    CliRun run = CliRun.catalog("rules", "--format", "html");

    assertEquals(ExitCode.INPUT, run.exitCode());
    assertTrue(
        run.err()
            .startsWith(
                "catalog: Invalid value for option '--format': unknown format \"html\";"
                    + " expected one of text, json, markdown\n"),
        run.err());
    assertTrue(run.err().contains("Try 'catalog rules --help'"), run.err());
  }

  /** What {@code line} holds under the header's column {@code name}, up to column {@code next}. */
  private static String column(String line, String header, String name, String next) {
    return line.substring(header.indexOf(name), header.indexOf(next));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
