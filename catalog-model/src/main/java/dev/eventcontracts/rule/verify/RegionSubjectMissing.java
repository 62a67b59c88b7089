package dev.eventcontracts.rule.verify;

import dev.eventcontracts.registry.RegistrySnapshot;
import dev.eventcontracts.registry.RegistrySnapshot.SubjectState;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.rule.VerifyRule;

/** A region of a multi-region environment lacks a subject its primary holds. */
@RuleInfo(
    id = "REGION_SUBJECT_MISSING",
    category = Category.REGISTRY,
    summary = "Every region of an environment holds each subject its primary registry holds.")
public final class RegionSubjectMissing implements VerifyRule {

  @Override
  public void check(RegistrySnapshot primary, Findings out) {
    for (RegistrySnapshot.RegionSubject pair : primary.regionSubjects()) {
      RegistrySnapshot region = pair.region();
      SubjectState p = pair.primary();
      SubjectState r = pair.there();
      if (p.latest() != null && r.latest() == null) {
        out.report(
            p.planned().location(),
            Verdicts.event(p),
            "Subject \""
                + p.planned().subject()
                + "\" is missing from "
                + region.where()
                + ", which its primary "
                + primary.where()
                + " holds; run catalog deploy --env "
                + primary.environment()
                + ".");
      }
    }
  }
}
