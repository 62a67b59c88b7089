package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Domain;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import java.util.HashSet;
import java.util.Set;

@RuleInfo(
    id = "DOMAIN_DEFINED",
    category = Category.STRUCTURE,
    summary = "Every folder under domains/ that holds events has a domain.yaml naming its owner.")
public final class DomainDefined implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    Set<String> domains = new HashSet<>();
    for (Domain domain : catalog.domains()) {
      domains.add(domain.id());
    }
    Set<String> reported = new HashSet<>();
    for (Event event : catalog.events()) {
      if (event.domain() != null
          && !domains.contains(event.domain())
          && reported.add(event.domain())) {
        out.report(
            event.location(),
            event.name(),
            "Domain \""
                + event.domain()
                + "\" has no domains/"
                + event.domain()
                + "/domain.yaml; add one with name, summary and owner.");
      }
    }
  }
}
