package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Service;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "SERVICE_FILE_NAME_MATCH",
    category = Category.STRUCTURE,
    summary = "A service file is named after its service: services/<name>.yaml.")
public final class ServiceFileNameMatch implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    for (Service service : catalog.services()) {
      String file = service.positions().document().path();
      String actual = file.substring(file.lastIndexOf('/') + 1);
      String expected = service.name() + ".yaml";
      if (service.name() != null && !actual.equals(expected)) {
        out.report(
            service.positions().of("name"),
            null,
            "File of service \""
                + service.name()
                + "\" should be named \""
                + expected
                + "\", not \""
                + actual
                + "\".");
      }
    }
  }
}
