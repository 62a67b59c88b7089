package dev.eventcontracts.rule.verify;

import dev.eventcontracts.registry.RegistrySnapshot;
import dev.eventcontracts.registry.RegistrySnapshot.SubjectState;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.rule.VerifyRule;

/** A subject's compatibility level in the registry is not the one the catalog gives it. */
@RuleInfo(
    id = "SUBJECT_COMPATIBILITY_DRIFT",
    category = Category.REGISTRY,
    summary = "Every subject has the compatibility level the catalog gives it.")
public final class SubjectCompatibilityDrift implements VerifyRule {

  @Override
  public void check(RegistrySnapshot snapshot, Findings out) {
    for (SubjectState s : snapshot.subjects()) {
      if (s.latest() == null || s.compatibility() == s.planned().compatibility()) {
        continue;
      }
      out.report(
          s.planned().location(),
          Verdicts.event(s),
          "Subject \""
              + s.planned().subject()
              + "\" has compatibility "
              + (s.compatibility() == null ? "unset (the registry default)" : s.compatibility())
              + " in "
              + snapshot.environment()
              + ", the catalog says "
              + s.planned().compatibility()
              + "; run catalog deploy --env "
              + snapshot.environment()
              + ".");
    }
  }
}
