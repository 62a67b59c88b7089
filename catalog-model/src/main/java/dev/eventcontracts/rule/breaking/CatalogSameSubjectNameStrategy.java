package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.model.SubjectNameStrategy;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * The strategy names every Schema Registry subject; a new strategy starts new subjects with no
 * history, so the registry no longer checks changes against what consumers hold, and serializers
 * configured with the old strategy stop finding their schemas.
 */
@RuleInfo(
    id = "CATALOG_SAME_SUBJECT_NAME_STRATEGY",
    category = Category.CONTRACT,
    summary = "The catalog keeps its subject naming strategy.")
public final class CatalogSameSubjectNameStrategy implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    SubjectNameStrategy then = pair.before().settings().subjectNameStrategy();
    SubjectNameStrategy now = pair.after().settings().subjectNameStrategy();
    if (then != now) {
      out.report(
          pair.after().settings().positions().of("defaults.subjectNameStrategy"),
          null,
          "Subject name strategy changed from \""
              + then.id()
              + "\" to \""
              + now.id()
              + "\"; every event moves to new Schema Registry subjects without history.");
    }
  }
}
