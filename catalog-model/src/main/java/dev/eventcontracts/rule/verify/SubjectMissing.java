package dev.eventcontracts.rule.verify;

import dev.eventcontracts.registry.RegistrySnapshot;
import dev.eventcontracts.registry.RegistrySnapshot.SubjectState;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.rule.VerifyRule;

/** A subject the catalog plans is not in the registry. */
@RuleInfo(
    id = "SUBJECT_MISSING",
    category = Category.REGISTRY,
    summary = "Every subject the catalog plans exists in the registry.")
public final class SubjectMissing implements VerifyRule {

  @Override
  public void check(RegistrySnapshot snapshot, Findings out) {
    for (SubjectState s : snapshot.subjects()) {
      if (s.latest() == null) {
        out.report(
            s.planned().location(),
            Verdicts.event(s),
            "Subject \""
                + s.planned().subject()
                + "\" is missing from "
                + snapshot.environment()
                + "; run catalog deploy --env "
                + snapshot.environment()
                + ".");
      }
    }
  }
}
