package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Domain;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Placeholder;
import dev.eventcontracts.model.Positions;
import dev.eventcontracts.model.Service;
import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.suggest.Suggestions;

@RuleInfo(
    id = "TEAM_DEFINED",
    category = Category.REFERENCES,
    summary =
        "Every owner (of an event, service or domain) and the architects' team is a team of"
            + " catalog.yaml, so someone answers for it.")
public final class TeamDefined implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    for (Event event : catalog.events()) {
      check(catalog, event.owner(), event.positions(), "owner", event.name(), out);
    }
    for (Service service : catalog.services()) {
      check(catalog, service.owner(), service.positions(), "owner", null, out);
    }
    for (Domain domain : catalog.domains()) {
      check(catalog, domain.owner(), domain.positions(), "owner", null, out);
    }
    String architects = catalog.settings().architects();
    if (architects != null && catalog.team(architects).isEmpty()) {
      report(
          catalog,
          architects,
          catalog.settings().positions().of("reviewers.architects"),
          null,
          out);
    }
  }

  private static void check(
      Catalog catalog, String team, Positions positions, String key, String event, Findings out) {
    // the placeholder catalog import writes is CATALOG_NO_TODO's to report
    if (team != null && !Placeholder.is(team) && catalog.team(team).isEmpty()) {
      report(catalog, team, positions.of(key), event, out);
    }
  }

  private static void report(
      Catalog catalog, String team, SourceLocation where, String event, Findings out) {
    String suggestion = Suggestions.closest(team, catalog.settings().teams().keySet());
    out.report(
        where,
        event,
        "Team \""
            + team
            + "\" is not defined under \"teams\" in catalog.yaml"
            + (suggestion == null ? "; add it there." : "; did you mean \"" + suggestion + "\"?"));
  }
}
