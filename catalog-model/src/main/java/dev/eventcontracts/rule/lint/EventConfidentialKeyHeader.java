package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Classification;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.HeaderSpec;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "EVENT_CONFIDENTIAL_KEY_HEADER",
    category = Category.GOVERNANCE,
    summary =
        "A confidential event requires the encryption-key-id header (from the catalog's header"
            + " contract or its own), so readers know which key decrypts each record.")
public final class EventConfidentialKeyHeader implements LintRule {

  static final String KEY_HEADER = "encryption-key-id";

  @Override
  public void check(Catalog catalog, Findings out) {
    for (Event event : catalog.events()) {
      if (event.classification() != Classification.CONFIDENTIAL) {
        continue;
      }
      List<HeaderSpec> headers = new ArrayList<>(catalog.settings().headers());
      headers.addAll(event.headers());
      boolean required =
          headers.stream().anyMatch(h -> KEY_HEADER.equals(h.name()) && h.requiredFor(event));
      if (!required) {
        out.report(
            event.positions().of("classification"),
            event.name(),
            "Confidential event \""
                + event.name()
                + "\" does not require the \""
                + KEY_HEADER
                + "\" header; add { name: "
                + KEY_HEADER
                + ", requiredWhen: \"classification == confidential\" } to the catalog's headers.");
      }
    }
  }
}
