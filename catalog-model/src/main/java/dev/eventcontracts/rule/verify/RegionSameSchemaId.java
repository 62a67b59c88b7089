package dev.eventcontracts.rule.verify;

import dev.eventcontracts.registry.RegistrySnapshot;
import dev.eventcontracts.registry.RegistrySnapshot.SubjectState;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.rule.VerifyRule;

/** A region maps the same version of a subject to another schema ID than its primary. */
@RuleInfo(
    id = "REGION_SAME_SCHEMA_ID",
    category = Category.REGISTRY,
    summary =
        "Every region of an environment gives the same version of a subject the schema ID its"
            + " primary registry gives it, since replicated records carry the ID.")
public final class RegionSameSchemaId implements VerifyRule {

  @Override
  public void check(RegistrySnapshot primary, Findings out) {
    for (RegistrySnapshot.RegionSubject pair : primary.regionSubjects()) {
      RegistrySnapshot region = pair.region();
      SubjectState p = pair.primary();
      SubjectState r = pair.there();
      if (p.latest() == null
          || r.latest() == null
          || p.latest().version() != r.latest().version()
          || p.latest().id() == r.latest().id()) {
        continue;
      }
      out.report(
          p.planned().location(),
          Verdicts.event(p),
          "Subject \""
              + p.planned().subject()
              + "\" version "
              + p.latest().version()
              + " has schema ID "
              + r.latest().id()
              + " in "
              + region.where()
              + " and "
              + p.latest().id()
              + " in its primary "
              + primary.where()
              + "; a record replicated from one region names a schema the other does not"
              + " resolve to it. Register it in "
              + region.where()
              + " with ID "
              + p.latest().id()
              + " (IMPORT mode).");
    }
  }
}
