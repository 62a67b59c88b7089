package dev.eventcontracts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every format enum reads and names its formats one way. */
class OutputFormatTest {

  @Test
  void eachFormatIsItsLowerCaseNameWithItsUsualExtension() {
    assertEquals(
        List.of("text.txt", "json.json", "sarif.sarif", "junit.xml", "github.txt", "markdown.md"),
        files(ReportFormat.values()));
    assertEquals(List.of("markdown.md", "text.txt", "json.json"), files(DiffFormat.values()));
    assertEquals(List.of("text.txt", "json.json", "markdown.md"), files(DeployFormat.values()));
    assertEquals(List.of("text.txt", "json.json", "markdown.md"), files(RulesFormat.values()));
  }

  @Test
  void aFormatIsReadInAnyCaseAndAnUnknownOneNamesTheValidOnes() {
    assertEquals(DiffFormat.MARKDOWN, OutputFormat.of(DiffFormat.class, " Markdown "));
    assertEquals(DeployFormat.JSON, OutputFormat.of(DeployFormat.class, "JSON"));
    assertEquals(
        "unknown format \"sarif\"; expected one of markdown, text, json",
        assertThrows(
                IllegalArgumentException.class, () -> OutputFormat.of(DiffFormat.class, "sarif"))
            .getMessage());
    assertEquals(List.of("text", "json", "markdown"), OutputFormat.ids(RulesFormat.class));
  }

  /** {@code id.extension} of each format, checking that each prints as its id. */
  private static List<String> files(OutputFormat... formats) {
    List<String> files = new ArrayList<>();
    for (OutputFormat format : formats) {
      assertEquals(format.id(), format.toString(), "help and completion list the ids");
      files.add(format.id() + "." + format.extension());
    }
    return files;
  }
}
