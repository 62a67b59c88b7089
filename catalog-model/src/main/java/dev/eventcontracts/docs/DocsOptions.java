package dev.eventcontracts.docs;

import dev.eventcontracts.diff.ContractDiff;
import dev.eventcontracts.rule.RuleMeta;
import java.util.List;

/**
 * What the site shows beyond the catalog itself.
 *
 * @param baseUrl where the site will be published, for canonical links and the absolute URLs of
 *     {@code llms.txt}; null when unknown (every link in the pages is relative either way)
 * @param diff the contract diff against a reference, for the changes page; null without one
 * @param rules the metadata of every rule, for the rules page
 */
public record DocsOptions(String baseUrl, ContractDiff diff, List<RuleMeta> rules) {

  public DocsOptions {
    rules = List.copyOf(rules);
  }
}
