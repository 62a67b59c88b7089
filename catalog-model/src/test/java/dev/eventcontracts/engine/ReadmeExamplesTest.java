package dev.eventcontracts.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.testing.TestCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples README.md shows are real: its YAML loads strictly, its lint output is reproduced.
 */
class ReadmeExamplesTest {

  private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path dir;

  private static List<String> blocks(String language) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher m = BLOCK.matcher(readme);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      if (m.group(1).equals(language)) {
        found.add(m.group(2));
      }
    }
    return found;
  }

  private static String block(String language, String startingWith) throws IOException {
    return blocks(language).stream()
        .filter(b -> b.startsWith(startingWith))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("README has no " + language + " block " + startingWith));
  }

  @Test
  void catalogYamlAndEventYamlOfTheFormatSectionLoadWithoutStructuralFindings() throws IOException {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write("catalog.yaml", block("yaml", "catalog: acme-events"))
            .write(TestCatalog.EVENT_FILE, block("yaml", "name: MessageSent"));
    List<String> structural =
        catalog.allFindings().stream().filter(f -> f.contains(": YAML_")).toList();
    assertEquals(List.of(), structural);
  }

  @Test
  void theLintOutputShownIsWhatLintPrints() throws IOException {
    String console = block("console", "$ ./catalog lint example-catalog");
    String shown =
        console.lines().filter(l -> l.startsWith(TestCatalog.EVENT_FILE)).findFirst().orElseThrow();
    TestCatalog catalog =
        TestCatalog.in(dir).replace(TestCatalog.EVENT_FILE, "owner: messaging", "owner: mesaging");
    List<String> printed =
        catalog.lint().report().findings().stream()
            .map(f -> f.location() + ": " + f.rule() + " " + f.message())
            .toList();
    assertTrue(printed.contains(shown), printed.toString());
  }

  @Test
  void theUnknownRuleShownIsWhatLintSaysOfIt() throws IOException {
    String console = block("console", "$ ./catalog lint my-catalog\ncatalog: catalog.yaml");
    String shown = console.lines().skip(1).findFirst().orElseThrow();
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                "catalog.yaml",
                """
                catalog: test-events
                teams:
                  messaging: { github: "@acme/messaging" }
                lint:
                  except: [EVENT_NO_CONSUMER]
                """);
    CatalogException error = assertThrows(CatalogException.class, catalog::lint);
    assertEquals(List.of(shown), error.problems().stream().map(p -> "catalog: " + p).toList());
  }

  @Test
  void theExampleCatalogNamedInTheQuickStartLintsClean() {
    LintResult result = new CatalogEngine().lint(new LintRequest(Path.of("..", "example-catalog")));
    assertEquals(0, result.report().errors());
  }
}
