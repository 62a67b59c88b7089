package dev.eventcontracts.rule.verify;

import dev.eventcontracts.registry.RegistrySnapshot;
import dev.eventcontracts.registry.RegistrySnapshot.SubjectState;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.rule.VerifyRule;
import java.util.Objects;

/** A region holds another latest version of a subject than its primary. */
@RuleInfo(
    id = "REGION_SAME_VERSION",
    category = Category.REGISTRY,
    summary =
        "Every region of an environment holds a subject at the same latest version as its primary"
            + " registry, with the catalog's schema in the same version.")
public final class RegionSameVersion implements VerifyRule {

  @Override
  public void check(RegistrySnapshot primary, Findings out) {
    for (RegistrySnapshot.RegionSubject pair : primary.regionSubjects()) {
      RegistrySnapshot region = pair.region();
      SubjectState p = pair.primary();
      SubjectState r = pair.there();
      if (p.latest() == null || r.latest() == null) {
        continue;
      }
      if (p.latest().version() != r.latest().version()
          || !Objects.equals(p.gitVersion(), r.gitVersion())) {
        out.report(
            p.planned().location(),
            Verdicts.event(p),
            "Subject \""
                + p.planned().subject()
                + "\" is at version "
                + r.latest().version()
                + held(r)
                + " in "
                + region.where()
                + ", at version "
                + p.latest().version()
                + held(p)
                + " in its primary "
                + primary.where()
                + "; the regions must hold the same versions.");
      }
    }
  }

  private static String held(SubjectState s) {
    if (s.gitVersion() == null) {
      return " (no version holds the catalog's schema)";
    }
    return s.gitVersion() == s.latest().version()
        ? ""
        : " (the catalog's schema is version " + s.gitVersion() + ")";
  }
}
