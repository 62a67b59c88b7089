package dev.eventcontracts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.RulesRequest;
import dev.eventcontracts.rule.RuleFamily;
import dev.eventcontracts.rule.RuleMeta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README.md's rule tables are generated: between {@code <!-- rules: FAMILY… -->} and {@code <!--
 * end of rules -->} stands exactly the table {@code catalog rules --format markdown} renders for
 * those families, so the README can never disagree with the rules' metadata.
 */
class ReadmeRuleTablesTest {

  static final String REGENERATE =
      "mvn -pl catalog-testkit,catalog-model test -Dtest=ReadmeRuleTablesTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Drules.update=true";

  private static final Path README = Path.of("..", "README.md");

  private static final Pattern BLOCK =
      Pattern.compile("(<!-- rules: ([a-z ]+) -->\n)(.*?)(<!-- end of rules -->)", Pattern.DOTALL);

  @Test
  void everyRuleTableIsTheRenderedTableOfItsFamilies() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String generated = withTables(readme);
    if (Boolean.getBoolean("rules.update")) {
      Files.writeString(README, generated, StandardCharsets.UTF_8);
      readme = generated;
    }
    assertEquals(
        generated,
        readme,
        "README.md's rule tables differ from the rules' metadata; regenerate them with "
            + REGENERATE);
  }

  @Test
  void theTablesTogetherHoldEveryFamilyOnce() throws IOException {
    List<RuleFamily> families = new ArrayList<>();
    Matcher block = BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
    while (block.find()) {
      families.addAll(families(block.group(2)));
    }
    assertEquals(Arrays.asList(RuleFamily.values()), families);
  }

  private static String withTables(String readme) {
    List<RuleMeta> all = new CatalogEngine().rules(new RulesRequest()).rules();
    Matcher block = BLOCK.matcher(readme);
    StringBuilder out = new StringBuilder();
    while (block.find()) {
      List<RuleFamily> families = families(block.group(2));
      List<RuleMeta> rules = all.stream().filter(r -> families.contains(r.family())).toList();
      block.appendReplacement(
          out,
          Matcher.quoteReplacement(block.group(1) + RulesMarkdown.table(rules) + block.group(4)));
    }
    block.appendTail(out);
    return out.toString();
  }

  private static List<RuleFamily> families(String names) {
    return Arrays.stream(names.trim().split(" +"))
        .map(name -> RuleFamily.valueOf(name.toUpperCase(Locale.ROOT)))
        .toList();
  }
}
