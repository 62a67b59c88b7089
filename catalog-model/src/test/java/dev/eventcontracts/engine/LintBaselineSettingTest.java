package dev.eventcontracts.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eventcontracts.CatalogException;
import org.junit.jupiter.api.Test;

class LintBaselineSettingTest {

  @Test
  void goesUnderAnExistingLintWithItsIndentAndKeepsComments() {
    String text =
        """
        catalog: acme
        lint:   # what we switch off
            # because of the legacy protos
            except: [COMMENT]
        breaking: {}
        """;

    assertEquals(
        """
        catalog: acme
        lint:   # what we switch off
            baseline: lint-baseline.yaml
            # because of the legacy protos
            except: [COMMENT]
        breaking: {}
        """,
        LintBaselineSetting.add(text, "lint-baseline.yaml"));
  }

  @Test
  void isAppendedWhenThereIsNoLintSectionQuotedWhenItMustBe() {
    assertEquals(
        "catalog: acme\nlint:\n  baseline: \"lint/base line.yaml\"\n",
        LintBaselineSetting.add("catalog: acme", "lint/base line.yaml"));
  }

  @Test
  void anInlineLintIsLeftToTheUser() {
    CatalogException e =
        assertThrows(
            CatalogException.class,
            () ->
                LintBaselineSetting.add("catalog: acme\nlint: { except: [COMMENT] }\n", "b.yaml"));
    assertEquals(
        "catalog.yaml:2: lint is written inline; add baseline: b.yaml to it by hand",
        e.getMessage());
  }
}
